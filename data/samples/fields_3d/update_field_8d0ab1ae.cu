// Warp 1.19.0 cuda code for update_field_8d0ab1ae.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void update_field_e0828e8b_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_q,
    wp::array_t<wp::int32> var_solid,
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
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::int32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        //---------
        // forward
        // def update_field(q: wp.array3d[float], solid: wp.array3d[int], scale: float):          <L 5>
        // i, j, k = wp.tid()                                                                     <L 6>
        builtin_tid3d(var_0, var_1, var_2);
        // if solid[i, j, k] != 0:                                                                <L 7>
        var_3 = wp::address(var_solid, var_0, var_1, var_2);
        var_6 = wp::load(var_3);
        var_5 = (var_6 != var_4);
        if (var_5) {
            // q[i, j, k] = 0.0                                                                   <L 8>
            wp::array_store(var_q, var_0, var_1, var_2, var_7);
            // return                                                                             <L 9>
            continue;
        }
        // q[i, j, k] = q[i, j, k] * scale                                                        <L 10>
        var_8 = wp::address(var_q, var_0, var_1, var_2);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_10, var_scale);
        wp::array_store(var_q, var_0, var_1, var_2, var_9);
    }
}



extern "C" __global__ void update_field_e0828e8b_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_q,
    wp::array_t<wp::int32> var_solid,
    wp::float32 var_scale,
    wp::array_t<wp::float32> adj_q,
    wp::array_t<wp::int32> adj_solid,
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
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::int32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
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
        //---------
        // forward
        // def update_field(q: wp.array3d[float], solid: wp.array3d[int], scale: float):          <L 5>
        // i, j, k = wp.tid()                                                                     <L 6>
        builtin_tid3d(var_0, var_1, var_2);
        // if solid[i, j, k] != 0:                                                                <L 7>
        var_3 = wp::address(var_solid, var_0, var_1, var_2);
        var_6 = wp::load(var_3);
        var_5 = (var_6 != var_4);
        if (var_5) {
            // q[i, j, k] = 0.0                                                                   <L 8>
            // wp::array_store(var_q, var_0, var_1, var_2, var_7);
            // return                                                                             <L 9>
            goto label0;
        }
        // q[i, j, k] = q[i, j, k] * scale                                                        <L 10>
        var_8 = wp::address(var_q, var_0, var_1, var_2);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_10, var_scale);
        // wp::array_store(var_q, var_0, var_1, var_2, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_q, var_0, var_1, var_2, var_9, adj_q, adj_0, adj_1, adj_2, adj_9);
        wp::adj_mul(var_10, var_scale, adj_8, adj_scale, adj_9);
        wp::adj_address(var_q, var_0, var_1, var_2, adj_q, adj_0, adj_1, adj_2, adj_8);
        // adj: q[i, j, k] = q[i, j, k] * scale                                                   <L 10>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 9>
            wp::adj_array_store(var_q, var_0, var_1, var_2, var_7, adj_q, adj_0, adj_1, adj_2, adj_7);
            // adj: q[i, j, k] = 0.0                                                              <L 8>
        }
        wp::adj_address(var_solid, var_0, var_1, var_2, adj_solid, adj_0, adj_1, adj_2, adj_3);
        // adj: if solid[i, j, k] != 0:                                                           <L 7>
        // adj: i, j, k = wp.tid()                                                                <L 6>
        // adj: def update_field(q: wp.array3d[float], solid: wp.array3d[int], scale: float):     <L 5>
        continue;
    }
}

