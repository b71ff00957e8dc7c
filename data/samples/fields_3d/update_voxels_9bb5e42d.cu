// Warp 1.19.0 cuda code for update_voxels_9bb5e42d.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void update_voxels_42ea8af3_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_field,
    wp::array_t<wp::int32> var_obstacle,
    wp::array_t<wp::vec_t<3, wp::float32>> var_field_out,
    wp::float32 var_scale)
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
        const wp::int32 var_4 = 1;
        bool var_5;
        wp::int32 var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        //---------
        // forward
        // def update_voxels(                                                                     <L 5>
        // i, j, k = wp.tid()                                                                     <L 11>
        builtin_tid3d(var_0, var_1, var_2);
        // if obstacle[i, j, k] == 1:                                                             <L 12>
        var_3 = wp::address(var_obstacle, var_0, var_1, var_2);
        var_6 = wp::load(var_3);
        var_5 = (var_6 == var_4);
        if (var_5) {
            // return                                                                             <L 13>
            continue;
        }
        // field_out[i, j, k] = field[i, j, k] * scale                                            <L 14>
        var_7 = wp::address(var_field, var_0, var_1, var_2);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_9, var_scale);
        wp::array_store(var_field_out, var_0, var_1, var_2, var_8);
    }
}



extern "C" __global__ void update_voxels_42ea8af3_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_field,
    wp::array_t<wp::int32> var_obstacle,
    wp::array_t<wp::vec_t<3, wp::float32>> var_field_out,
    wp::float32 var_scale,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_field,
    wp::array_t<wp::int32> adj_obstacle,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_field_out,
    wp::float32 adj_scale)
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
        const wp::int32 var_4 = 1;
        bool var_5;
        wp::int32 var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        //---------
        // forward
        // def update_voxels(                                                                     <L 5>
        // i, j, k = wp.tid()                                                                     <L 11>
        builtin_tid3d(var_0, var_1, var_2);
        // if obstacle[i, j, k] == 1:                                                             <L 12>
        var_3 = wp::address(var_obstacle, var_0, var_1, var_2);
        var_6 = wp::load(var_3);
        var_5 = (var_6 == var_4);
        if (var_5) {
            // return                                                                             <L 13>
            goto label0;
        }
        // field_out[i, j, k] = field[i, j, k] * scale                                            <L 14>
        var_7 = wp::address(var_field, var_0, var_1, var_2);
        var_9 = wp::load(var_7);
        var_8 = wp::mul(var_9, var_scale);
        // wp::array_store(var_field_out, var_0, var_1, var_2, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_field_out, var_0, var_1, var_2, var_8, adj_field_out, adj_0, adj_1, adj_2, adj_8);
        wp::adj_mul(var_9, var_scale, adj_7, adj_scale, adj_8);
        wp::adj_address(var_field, var_0, var_1, var_2, adj_field, adj_0, adj_1, adj_2, adj_7);
        // adj: field_out[i, j, k] = field[i, j, k] * scale                                       <L 14>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 13>
        }
        wp::adj_address(var_obstacle, var_0, var_1, var_2, adj_obstacle, adj_0, adj_1, adj_2, adj_3);
        // adj: if obstacle[i, j, k] == 1:                                                        <L 12>
        // adj: i, j, k = wp.tid()                                                                <L 11>
        // adj: def update_voxels(                                                                <L 5>
        continue;
    }
}

