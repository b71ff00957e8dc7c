// Warp 1.19.0 cuda code for pick_closest_body_739d4f80.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// pick_closest_body.py:4
static CUDA_CALLABLE wp::float32 ray_sphere_0(
    wp::vec_t<3, wp::float32> var_ro,
    wp::vec_t<3, wp::float32> var_rd,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    const wp::float32 var_9 = -1.0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    bool var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // forward
    // def ray_sphere(ro: wp.vec3, rd: wp.vec3, center: wp.vec3, radius: float) -> float:       <L 5>
    // oc = ro - center                                                                       <L 7>
    var_0 = wp::sub(var_ro, var_center);
    // b = wp.dot(oc, rd)                                                                     <L 8>
    var_1 = wp::dot(var_0, var_rd);
    // c = wp.dot(oc, oc) - radius * radius                                                   <L 9>
    var_2 = wp::dot(var_0, var_0);
    var_3 = wp::mul(var_radius, var_radius);
    var_4 = wp::sub(var_2, var_3);
    // disc = b * b - c                                                                       <L 10>
    var_5 = wp::mul(var_1, var_1);
    var_6 = wp::sub(var_5, var_4);
    // if disc < 0.0:                                                                         <L 11>
    var_8 = (var_6 < var_7);
    if (var_8) {
        // return -1.0                                                                        <L 12>
        return var_9;
    }
    // s = wp.sqrt(disc)                                                                      <L 13>
    var_10 = wp::sqrt(var_6);
    // t = -b - s                                                                             <L 14>
    var_11 = wp::neg(var_1);
    var_12 = wp::sub(var_11, var_10);
    // if t < 0.0:                                                                            <L 15>
    var_14 = (var_12 < var_13);
    if (var_14) {
        // t = -b + s                                                                         <L 16>
        var_15 = wp::neg(var_1);
        var_16 = wp::add(var_15, var_10);
    }
    var_17 = wp::where(var_14, var_16, var_12);
    // return t                                                                               <L 17>
    return var_17;
}


// pick_closest_body.py:4
static CUDA_CALLABLE void adj_ray_sphere_0(
    wp::vec_t<3, wp::float32> var_ro,
    wp::vec_t<3, wp::float32> var_rd,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius,
    wp::vec_t<3, wp::float32> & adj_ro,
    wp::vec_t<3, wp::float32> & adj_rd,
    wp::vec_t<3, wp::float32> & adj_center,
    wp::float32 & adj_radius,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void pick_closest_body_1903b3c5_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pick_origins,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_dirs,
    wp::array_t<wp::int32> var_item_body,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_item_offsets,
    wp::array_t<wp::float32> var_shape_radius,
    wp::array_t<wp::int32> var_pick_body,
    wp::array_t<wp::float32> var_pick_dist)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 10000000000.0;
        wp::float32 var_8;
        const wp::int32 var_9 = -1;
        wp::int32 var_10;
        wp::bvh_query_t var_11;
        const wp::int32 var_12 = -1;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        bool var_15;
        wp::int32* var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::transform_t<wp::float32>* var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::transform_t<wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        bool var_27;
        const wp::float32 var_28 = 0.0;
        bool var_29;
        bool var_30;
        wp::float32 var_31;
        wp::int32 var_32;
        wp::float32 var_33;
        wp::int32 var_34;
        const wp::int32 var_35 = 0;
        bool var_36;
        //---------
        // forward
        // def pick_closest_body(                                                                 <L 21>
        // tid = wp.tid()                                                                         <L 32>
        var_0 = builtin_tid1d();
        // ro = pick_origins[tid]                                                                 <L 33>
        var_1 = wp::address(var_pick_origins, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // rd = wp.normalize(ray_dirs[tid])                                                       <L 34>
        var_4 = wp::address(var_ray_dirs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::normalize(var_6);
        // t_best = float(1.0e10)                                                                 <L 35>
        var_8 = wp::float(var_7);
        // best_body = int(-1)                                                                    <L 36>
        var_10 = wp::int(var_9);
        // query = wp.bvh_query_ray(bvh, ro, rd)                                                  <L 37>
        var_11 = wp::bvh_query_ray(var_bvh, var_2, var_5, var_12);
        // index = int(0)                                                                         <L 38>
        var_14 = wp::int(var_13);
        // while wp.bvh_query_next(query, index, t_best):                                         <L 39>
        start_while_0:;
        var_15 = wp::bvh_query_ray_next(var_11, var_14, var_8);
        if ((var_15) == false) goto end_while_0;
            // body = item_body[index]                                                            <L 40>
            var_16 = wp::address(var_item_body, var_14);
            var_18 = wp::load(var_16);
            var_17 = wp::copy(var_18);
            // center = wp.transform_point(body_q[body], item_offsets[index])                     <L 41>
            var_19 = wp::address(var_body_q, var_17);
            var_20 = wp::address(var_item_offsets, var_14);
            var_22 = wp::load(var_19);
            var_23 = wp::load(var_20);
            var_21 = wp::transform_point(var_22, var_23);
            // t = ray_sphere(ro, rd, center, shape_radius[index])                                <L 42>
            var_24 = wp::address(var_shape_radius, var_14);
            var_26 = wp::load(var_24);
            var_25 = ray_sphere_0(var_2, var_5, var_21, var_26);
            // if t >= 0.0 and t < t_best:                                                        <L 43>
            var_29 = (var_25 >= var_28);
            var_27 = var_29;
            if (var_27) {
                var_30 = (var_25 < var_8);
                var_27 = var_27 && var_30;
            }
            if (var_27) {
                // t_best = t                                                                     <L 44>
                var_31 = wp::copy(var_25);
                // best_body = body                                                               <L 45>
                var_32 = wp::copy(var_17);
            }
            var_33 = wp::where(var_27, var_31, var_8);
            var_34 = wp::where(var_27, var_32, var_10);
            wp::assign(var_8, var_33);
            wp::assign(var_10, var_34);
        goto start_while_0;
        end_while_0:;
        // pick_body[tid] = best_body                                                             <L 46>
        wp::array_store(var_pick_body, var_0, var_10);
        // if best_body < 0:                                                                      <L 47>
        var_36 = (var_10 < var_35);
        if (var_36) {
            // return                                                                             <L 48>
            continue;
        }
        // pick_dist[tid] = t_best                                                                <L 49>
        wp::array_store(var_pick_dist, var_0, var_8);
    }
}



extern "C" __global__ void bvh_overlap_count_7905eae3_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::float32 var_particle_radius,
    wp::array_t<wp::int32> var_hit_counts)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::bvh_query_t var_11;
        const wp::int32 var_12 = -1;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        bool var_17;
        const wp::float32 var_18 = INFINITY;
        bool var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        //---------
        // forward
        // def bvh_overlap_count(                                                                 <L 53>
        // tid = wp.tid()                                                                         <L 60>
        var_0 = builtin_tid1d();
        // if tid >= item_count[0]:                                                               <L 61>
        var_2 = wp::address(var_item_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 62>
            continue;
        }
        // p = particle_x[tid]                                                                    <L 63>
        var_5 = wp::address(var_particle_x, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // extent = wp.vec3(particle_radius)                                                      <L 64>
        var_8 = wp::vec_t<3, wp::float32>(var_particle_radius);
        // query = wp.bvh_query_aabb(bvh, p - extent, p + extent)                                 <L 65>
        var_9 = wp::sub(var_6, var_8);
        var_10 = wp::add(var_6, var_8);
        var_11 = wp::bvh_query_aabb(var_bvh, var_9, var_10, var_12);
        // bounds_nr = int(0)                                                                     <L 66>
        var_14 = wp::int(var_13);
        // num_overlaps = int(0)                                                                  <L 67>
        var_16 = wp::int(var_15);
        // while wp.bvh_query_next(query, bounds_nr):                                             <L 68>
        start_while_1:;
        var_17 = wp::bvh_query_next(var_11, var_14, var_18);
        if ((var_17) == false) goto end_while_1;
            // if bounds_nr != tid:                                                               <L 70>
            var_19 = (var_14 != var_0);
            if (var_19) {
                // num_overlaps += 1                                                              <L 71>
                var_21 = wp::add(var_16, var_20);
            }
            var_22 = wp::where(var_19, var_21, var_16);
            wp::assign(var_16, var_22);
        goto start_while_1;
        end_while_1:;
        // hit_counts[tid] = num_overlaps                                                         <L 72>
        wp::array_store(var_hit_counts, var_0, var_16);
    }
}



extern "C" __global__ void bvh_overlap_count_7905eae3_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::float32 var_particle_radius,
    wp::array_t<wp::int32> var_hit_counts,
    wp::uint64 adj_bvh,
    wp::array_t<wp::int32> adj_item_count,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::float32 adj_particle_radius,
    wp::array_t<wp::int32> adj_hit_counts)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::bvh_query_t var_11;
        const wp::int32 var_12 = -1;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        bool var_17;
        const wp::float32 var_18 = INFINITY;
        bool var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::bvh_query_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        bool adj_17 = {};
        wp::float32 adj_18 = {};
        bool adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        //---------
        // forward
        // def bvh_overlap_count(                                                                 <L 53>
        // tid = wp.tid()                                                                         <L 60>
        var_0 = builtin_tid1d();
        // if tid >= item_count[0]:                                                               <L 61>
        var_2 = wp::address(var_item_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 62>
            goto label0;
        }
        // p = particle_x[tid]                                                                    <L 63>
        var_5 = wp::address(var_particle_x, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // extent = wp.vec3(particle_radius)                                                      <L 64>
        var_8 = wp::vec_t<3, wp::float32>(var_particle_radius);
        // query = wp.bvh_query_aabb(bvh, p - extent, p + extent)                                 <L 65>
        var_9 = wp::sub(var_6, var_8);
        var_10 = wp::add(var_6, var_8);
        var_11 = wp::bvh_query_aabb(var_bvh, var_9, var_10, var_12);
        // bounds_nr = int(0)                                                                     <L 66>
        var_14 = wp::int(var_13);
        // num_overlaps = int(0)                                                                  <L 67>
        var_16 = wp::int(var_15);
        // while wp.bvh_query_next(query, bounds_nr):                                             <L 68>
        // hit_counts[tid] = num_overlaps                                                         <L 72>
        // wp::array_store(var_hit_counts, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_hit_counts, var_0, var_16, adj_hit_counts, adj_0, adj_16);
        // adj: hit_counts[tid] = num_overlaps                                                    <L 72>
        start_while_1:;
        var_17 = wp::bvh_query_next(var_11, var_14, var_18);
        if ((var_17) == false) goto end_while_1;
        adj_19 = {};
        adj_20 = {};
        adj_21 = {};
        adj_22 = {};
            // if bounds_nr != tid:                                                               <L 70>
            var_19 = (var_14 != var_0);
            if (var_19) {
                // num_overlaps += 1                                                              <L 71>
                var_21 = wp::add(var_16, var_20);
            }
            var_22 = wp::where(var_19, var_21, var_16);
            wp::assign(var_16, var_22);
            wp::adj_assign(var_16, var_22, adj_16, adj_22);
            wp::adj_where(var_19, var_21, var_16, adj_19, adj_21, adj_16, adj_22);
            if (var_19) {
                wp::adj_add(var_16, var_20, adj_16, adj_20, adj_21);
                // adj: num_overlaps += 1                                                         <L 71>
            }
            // adj: if bounds_nr != tid:                                                          <L 70>
        goto start_while_1;
        end_while_1:;
        // adj: while wp.bvh_query_next(query, bounds_nr):                                        <L 68>
        // adj: num_overlaps = int(0)                                                             <L 67>
        // adj: bounds_nr = int(0)                                                                <L 66>
        wp::adj_add(var_6, var_8, adj_6, adj_8, adj_10);
        wp::adj_sub(var_6, var_8, adj_6, adj_8, adj_9);
        // adj: query = wp.bvh_query_aabb(bvh, p - extent, p + extent)                            <L 65>
        wp::adj_vec_t(var_particle_radius, adj_particle_radius, adj_8);
        // adj: extent = wp.vec3(particle_radius)                                                 <L 64>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_5);
        // adj: p = particle_x[tid]                                                               <L 63>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 62>
        }
        wp::adj_address(var_item_count, var_1, adj_item_count, adj_1, adj_2);
        // adj: if tid >= item_count[0]:                                                          <L 61>
        // adj: tid = wp.tid()                                                                    <L 60>
        // adj: def bvh_overlap_count(                                                            <L 53>
        continue;
    }
}

