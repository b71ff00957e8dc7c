// Warp 1.19.0 cuda code for update_voxels_39e47e37.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void update_voxels_9d3cef88_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_field,
    wp::array_t<wp::float32> var_emission,
    wp::array_t<wp::float32> var_field_out,
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
        const wp::float32 var_7 = 0.1;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // forward
        // def update_voxels(                                                                     <L 5>
        // i, j, k = wp.tid()                                                                     <L 11>
        builtin_tid3d(var_0, var_1, var_2);
        // c = field[i, j, k]                                                                     <L 12>
        var_3 = wp::address(var_field, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // field_out[i, j, k] = c + (emission[i, j, k] - 0.1 * c) * dt                            <L 13>
        var_6 = wp::address(var_emission, var_0, var_1, var_2);
        var_8 = wp::mul(var_7, var_4);
        var_10 = wp::load(var_6);
        var_9 = wp::sub(var_10, var_8);
        var_11 = wp::mul(var_9, var_dt);
        var_12 = wp::add(var_4, var_11);
        wp::array_store(var_field_out, var_0, var_1, var_2, var_12);
    }
}



extern "C" __global__ void update_voxels_9d3cef88_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_field,
    wp::array_t<wp::float32> var_emission,
    wp::array_t<wp::float32> var_field_out,
    wp::float32 var_dt,
    wp::array_t<wp::float32> adj_field,
    wp::array_t<wp::float32> adj_emission,
    wp::array_t<wp::float32> adj_field_out,
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
        const wp::float32 var_7 = 0.1;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
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
        wp::float32 adj_12 = {};
        //---------
        // forward
        // def update_voxels(                                                                     <L 5>
        // i, j, k = wp.tid()                                                                     <L 11>
        builtin_tid3d(var_0, var_1, var_2);
        // c = field[i, j, k]                                                                     <L 12>
        var_3 = wp::address(var_field, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // field_out[i, j, k] = c + (emission[i, j, k] - 0.1 * c) * dt                            <L 13>
        var_6 = wp::address(var_emission, var_0, var_1, var_2);
        var_8 = wp::mul(var_7, var_4);
        var_10 = wp::load(var_6);
        var_9 = wp::sub(var_10, var_8);
        var_11 = wp::mul(var_9, var_dt);
        var_12 = wp::add(var_4, var_11);
        // wp::array_store(var_field_out, var_0, var_1, var_2, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_field_out, var_0, var_1, var_2, var_12, adj_field_out, adj_0, adj_1, adj_2, adj_12);
        wp::adj_add(var_4, var_11, adj_4, adj_11, adj_12);
        wp::adj_mul(var_9, var_dt, adj_9, adj_dt, adj_11);
        wp::adj_sub(var_10, var_8, adj_6, adj_8, adj_9);
        wp::adj_mul(var_7, var_4, adj_7, adj_4, adj_8);
        wp::adj_address(var_emission, var_0, var_1, var_2, adj_emission, adj_0, adj_1, adj_2, adj_6);
        // adj: field_out[i, j, k] = c + (emission[i, j, k] - 0.1 * c) * dt                       <L 13>
        wp::adj_copy(var_5, adj_3, adj_4);
        wp::adj_address(var_field, var_0, var_1, var_2, adj_field, adj_0, adj_1, adj_2, adj_3);
        // adj: c = field[i, j, k]                                                                <L 12>
        // adj: i, j, k = wp.tid()                                                                <L 11>
        // adj: def update_voxels(                                                                <L 5>
        continue;
    }
}

