// Warp 1.19.0 cuda code for advance_field_14a79093.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void advance_field_3be2acad_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::float32 var_delta_time,
    wp::array_t<wp::float32> var_field,
    wp::array_t<wp::float32> var_source,
    wp::array_t<wp::int32> var_obstacle)
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
        wp::int32* var_3;
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::int32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32* var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        //---------
        // forward
        // def advance_field(                                                                     <L 5>
        // i, j, k = wp.tid()                                                                     <L 11>
        builtin_tid3d(var_0, var_1, var_2);
        // if obstacle[i, j, k] != 0:                                                             <L 12>
        var_3 = wp::address(var_obstacle, var_0, var_1, var_2);
        var_6 = wp::load(var_3);
        var_5 = (var_6 != var_4);
        if (var_5) {
            // field[i, j, k] = 0.0                                                               <L 13>
            wp::array_store(var_field, var_0, var_1, var_2, var_7);
            // return                                                                             <L 14>
            continue;
        }
        // field[i, j, k] = field[i, j, k] + source[i, j, k] * delta_time                         <L 15>
        var_8 = wp::address(var_field, var_0, var_1, var_2);
        var_9 = wp::address(var_source, var_0, var_1, var_2);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_delta_time);
        var_13 = wp::load(var_8);
        var_12 = wp::add(var_13, var_10);
        wp::array_store(var_field, var_0, var_1, var_2, var_12);
    }
}



extern "C" __global__ void advance_field_3be2acad_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::float32 var_delta_time,
    wp::array_t<wp::float32> var_field,
    wp::array_t<wp::float32> var_source,
    wp::array_t<wp::int32> var_obstacle,
    wp::float32 adj_delta_time,
    wp::array_t<wp::float32> adj_field,
    wp::array_t<wp::float32> adj_source,
    wp::array_t<wp::int32> adj_obstacle)
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
        wp::int32* var_3;
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::int32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32* var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        //---------
        // forward
        // def advance_field(                                                                     <L 5>
        // i, j, k = wp.tid()                                                                     <L 11>
        builtin_tid3d(var_0, var_1, var_2);
        // if obstacle[i, j, k] != 0:                                                             <L 12>
        var_3 = wp::address(var_obstacle, var_0, var_1, var_2);
        var_6 = wp::load(var_3);
        var_5 = (var_6 != var_4);
        if (var_5) {
            // field[i, j, k] = 0.0                                                               <L 13>
            // wp::array_store(var_field, var_0, var_1, var_2, var_7);
            // return                                                                             <L 14>
            goto label0;
        }
        // field[i, j, k] = field[i, j, k] + source[i, j, k] * delta_time                         <L 15>
        var_8 = wp::address(var_field, var_0, var_1, var_2);
        var_9 = wp::address(var_source, var_0, var_1, var_2);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_11, var_delta_time);
        var_13 = wp::load(var_8);
        var_12 = wp::add(var_13, var_10);
        // wp::array_store(var_field, var_0, var_1, var_2, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_field, var_0, var_1, var_2, var_12, adj_field, adj_0, adj_1, adj_2, adj_12);
        wp::adj_add(var_13, var_10, adj_8, adj_10, adj_12);
        wp::adj_mul(var_11, var_delta_time, adj_9, adj_delta_time, adj_10);
        wp::adj_address(var_source, var_0, var_1, var_2, adj_source, adj_0, adj_1, adj_2, adj_9);
        wp::adj_address(var_field, var_0, var_1, var_2, adj_field, adj_0, adj_1, adj_2, adj_8);
        // adj: field[i, j, k] = field[i, j, k] + source[i, j, k] * delta_time                    <L 15>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 14>
            wp::adj_array_store(var_field, var_0, var_1, var_2, var_7, adj_field, adj_0, adj_1, adj_2, adj_7);
            // adj: field[i, j, k] = 0.0                                                          <L 13>
        }
        wp::adj_address(var_obstacle, var_0, var_1, var_2, adj_obstacle, adj_0, adj_1, adj_2, adj_3);
        // adj: if obstacle[i, j, k] != 0:                                                        <L 12>
        // adj: i, j, k = wp.tid()                                                                <L 11>
        // adj: def advance_field(                                                                <L 5>
        continue;
    }
}

