// Warp 1.19.0 cuda code for update_field_086aca14.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void update_field_2f501dbe_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_field,
    wp::array_t<wp::float32> var_emission,
    wp::float32 var_fade,
    wp::float32 var_dt)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::int32 var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        //---------
        // forward
        // def update_field(                                                                      <L 5>
        // i, j, k = wp.tid()                                                                     <L 11>
        builtin_tid3d(var_0, var_1, var_2);
        // c = field[i, j, k]                                                                     <L 14>
        var_3 = wp::address(var_field, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // field[i, j, k] = c + (emission[i, j, k] - fade * c) * dt                               <L 15>
        var_6 = wp::address(var_emission, var_0, var_1, var_2);
        var_7 = wp::mul(var_fade, var_4);
        var_9 = wp::load(var_6);
        var_8 = wp::sub(var_9, var_7);
        var_10 = wp::mul(var_8, var_dt);
        var_11 = wp::add(var_4, var_10);
        wp::array_store(var_field, var_0, var_1, var_2, var_11);
    }
}



extern "C" __global__ void update_field_2f501dbe_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_field,
    wp::array_t<wp::float32> var_emission,
    wp::float32 var_fade,
    wp::float32 var_dt,
    wp::array_t<wp::float32> adj_field,
    wp::array_t<wp::float32> adj_emission,
    wp::float32 adj_fade,
    wp::float32 adj_dt)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::int32 var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        //---------
        // forward
        // def update_field(                                                                      <L 5>
        // i, j, k = wp.tid()                                                                     <L 11>
        builtin_tid3d(var_0, var_1, var_2);
        // c = field[i, j, k]                                                                     <L 14>
        var_3 = wp::address(var_field, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // field[i, j, k] = c + (emission[i, j, k] - fade * c) * dt                               <L 15>
        var_6 = wp::address(var_emission, var_0, var_1, var_2);
        var_7 = wp::mul(var_fade, var_4);
        var_9 = wp::load(var_6);
        var_8 = wp::sub(var_9, var_7);
        var_10 = wp::mul(var_8, var_dt);
        var_11 = wp::add(var_4, var_10);
        // wp::array_store(var_field, var_0, var_1, var_2, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_field, var_0, var_1, var_2, var_11, adj_field, adj_0, adj_1, adj_2, adj_11);
        wp::adj_add(var_4, var_10, adj_4, adj_10, adj_11);
        wp::adj_mul(var_8, var_dt, adj_8, adj_dt, adj_10);
        wp::adj_sub(var_9, var_7, adj_6, adj_7, adj_8);
        wp::adj_mul(var_fade, var_4, adj_fade, adj_4, adj_7);
        wp::adj_address(var_emission, var_0, var_1, var_2, adj_emission, adj_0, adj_1, adj_2, adj_6);
        // adj: field[i, j, k] = c + (emission[i, j, k] - fade * c) * dt                          <L 15>
        wp::adj_copy(var_5, adj_3, adj_4);
        wp::adj_address(var_field, var_0, var_1, var_2, adj_field, adj_0, adj_1, adj_2, adj_3);
        // adj: c = field[i, j, k]                                                                <L 14>
        // adj: i, j, k = wp.tid()                                                                <L 11>
        // adj: def update_field(                                                                 <L 5>
        continue;
    }
}

