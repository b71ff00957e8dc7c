// Warp 1.19.0 cuda code for count_candidates_4b726f89.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void count_candidates_a7abb72f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::int32> var_hit_counts,
    wp::float32 var_radius)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::bvh_query_thread_block_t var_7;
        bool var_8;
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_9 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
        wp::int32 var_10;
        const wp::int32 var_11 = 0;
        bool var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        //---------
        // forward
        // def count_candidates(                                                                  <L 8>
        // i = wp.tid()                                                                           <L 14>
        var_0 = builtin_tid1d();
        // x = positions[i]                                                                       <L 15>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // extent = wp.vec3(radius)                                                               <L 16>
        var_4 = wp::vec_t<3, wp::float32>(var_radius);
        // query = wp.tile_bvh_query_aabb(bvh_id, x - extent, x + extent)                         <L 17>
        var_5 = wp::sub(var_2, var_4);
        var_6 = wp::add(var_2, var_4);
        var_7 = wp::tile_bvh_query_aabb(var_bvh_id, var_5, var_6);
        // while wp.tile_query_valid(query):                                                      <L 18>
        start_while_0:;
        var_8 = wp::tile_query_valid(var_7);
        if ((var_8) == false) goto end_while_0;
            // bound = wp.untile(wp.tile_bvh_query_next(query))                                   <L 20>
            var_9 = wp::tile_bvh_query_next(var_7);
            var_10 = wp::untile(var_9);
            // if bound >= 0:                                                                     <L 21>
            var_12 = (var_10 >= var_11);
            if (var_12) {
                // wp.atomic_add(hit_counts, i, 1)                                                <L 22>
                var_14 = wp::atomic_add(var_hit_counts, var_0, var_13);
            }
        goto start_while_0;
        end_while_0:;
}



extern "C" __global__ void count_candidates_a7abb72f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::int32> var_hit_counts,
    wp::float32 var_radius,
    wp::uint64 adj_bvh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::int32> adj_hit_counts,
    wp::float32 adj_radius)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::bvh_query_thread_block_t var_7;
        bool var_8;
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_9 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
        wp::int32 var_10;
        const wp::int32 var_11 = 0;
        bool var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::bvh_query_thread_block_t adj_7 = {};
        bool adj_8 = {};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> adj_9{};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        //---------
        // forward
        // def count_candidates(                                                                  <L 8>
        // i = wp.tid()                                                                           <L 14>
        var_0 = builtin_tid1d();
        // x = positions[i]                                                                       <L 15>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // extent = wp.vec3(radius)                                                               <L 16>
        var_4 = wp::vec_t<3, wp::float32>(var_radius);
        // query = wp.tile_bvh_query_aabb(bvh_id, x - extent, x + extent)                         <L 17>
        var_5 = wp::sub(var_2, var_4);
        var_6 = wp::add(var_2, var_4);
        var_7 = wp::tile_bvh_query_aabb(var_bvh_id, var_5, var_6);
        // while wp.tile_query_valid(query):                                                      <L 18>
        //---------
        // reverse
        start_while_0:;
        var_8 = wp::tile_query_valid(var_7);
        if ((var_8) == false) goto end_while_0;
        adj_9.grad_zero();
        adj_10 = {};
        adj_11 = {};
        adj_12 = {};
        adj_13 = {};
        adj_14 = {};
            // bound = wp.untile(wp.tile_bvh_query_next(query))                                   <L 20>
            var_9 = wp::tile_bvh_query_next(var_7);
            var_10 = wp::untile(var_9);
            // if bound >= 0:                                                                     <L 21>
            var_12 = (var_10 >= var_11);
            if (var_12) {
                // wp.atomic_add(hit_counts, i, 1)                                                <L 22>
                // var_14 = wp::atomic_add(var_hit_counts, var_0, var_13);
            }
            if (var_12) {
                wp::adj_atomic_add(var_hit_counts, var_0, var_13, adj_hit_counts, adj_0, adj_13, adj_14);
                // adj: wp.atomic_add(hit_counts, i, 1)                                           <L 22>
            }
            // adj: if bound >= 0:                                                                <L 21>
            wp::adj_untile(var_9, adj_9, adj_10);
            // adj: bound = wp.untile(wp.tile_bvh_query_next(query))                              <L 20>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.tile_query_valid(query):                                                 <L 18>
        wp::adj_add(var_2, var_4, adj_2, adj_4, adj_6);
        wp::adj_sub(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: query = wp.tile_bvh_query_aabb(bvh_id, x - extent, x + extent)                    <L 17>
        wp::adj_vec_t(var_radius, adj_radius, adj_4);
        // adj: extent = wp.vec3(radius)                                                          <L 16>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: x = positions[i]                                                                  <L 15>
        // adj: i = wp.tid()                                                                      <L 14>
        // adj: def count_candidates(                                                             <L 8>
        return;
}

