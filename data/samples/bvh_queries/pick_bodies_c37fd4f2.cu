// Warp 1.19.0 cuda code for pick_bodies_c37fd4f2.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// pick_bodies.py:4
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


// pick_bodies.py:4
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



extern "C" __global__ void count_overlaps_4eebfdc9_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::int32> var_num_hits,
    wp::int32 var_num_active)
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
        bool var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::bvh_query_t var_12;
        const wp::int32 var_13 = -1;
        const wp::int32 var_14 = 0;
        wp::int32 var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        bool var_18;
        const wp::float32 var_19 = INFINITY;
        bool var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::int32 var_23;
        //---------
        // forward
        // def count_overlaps(                                                                    <L 59>
        // tid = wp.tid()                                                                         <L 66>
        var_0 = builtin_tid1d();
        // if tid >= num_active:                                                                  <L 67>
        var_1 = (var_0 >= var_num_active);
        if (var_1) {
            // return                                                                             <L 68>
            continue;
        }
        // radius = particle_radius[tid]                                                          <L 69>
        var_2 = wp::address(var_particle_radius, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // extent = wp.vec3(radius)                                                               <L 70>
        var_5 = wp::vec_t<3, wp::float32>(var_3);
        // query = wp.bvh_query_aabb(bvh_id, particle_x[tid] - extent, particle_x[tid] + extent)       <L 71>
        var_6 = wp::address(var_particle_x, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::sub(var_8, var_5);
        var_9 = wp::address(var_particle_x, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::add(var_11, var_5);
        var_12 = wp::bvh_query_aabb(var_bvh_id, var_7, var_10, var_13);
        // bounds_nr = int(0)                                                                     <L 72>
        var_15 = wp::int(var_14);
        // num_overlaps = int(0)                                                                  <L 73>
        var_17 = wp::int(var_16);
        // while wp.bvh_query_next(query, bounds_nr):                                             <L 74>
        start_while_1:;
        var_18 = wp::bvh_query_next(var_12, var_15, var_19);
        if ((var_18) == false) goto end_while_1;
            // if bounds_nr != tid:                                                               <L 76>
            var_20 = (var_15 != var_0);
            if (var_20) {
                // num_overlaps += 1                                                              <L 77>
                var_22 = wp::add(var_17, var_21);
            }
            var_23 = wp::where(var_20, var_22, var_17);
            wp::assign(var_17, var_23);
        goto start_while_1;
        end_while_1:;
        // num_hits[tid] = num_overlaps                                                           <L 78>
        wp::array_store(var_num_hits, var_0, var_17);
    }
}



extern "C" __global__ void count_overlaps_4eebfdc9_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::int32> var_num_hits,
    wp::int32 var_num_active,
    wp::uint64 adj_bvh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::float32> adj_particle_radius,
    wp::array_t<wp::int32> adj_num_hits,
    wp::int32 adj_num_active)
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
        bool var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::bvh_query_t var_12;
        const wp::int32 var_13 = -1;
        const wp::int32 var_14 = 0;
        wp::int32 var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        bool var_18;
        const wp::float32 var_19 = INFINITY;
        bool var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::int32 var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::bvh_query_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        bool adj_18 = {};
        wp::float32 adj_19 = {};
        bool adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        //---------
        // forward
        // def count_overlaps(                                                                    <L 59>
        // tid = wp.tid()                                                                         <L 66>
        var_0 = builtin_tid1d();
        // if tid >= num_active:                                                                  <L 67>
        var_1 = (var_0 >= var_num_active);
        if (var_1) {
            // return                                                                             <L 68>
            goto label0;
        }
        // radius = particle_radius[tid]                                                          <L 69>
        var_2 = wp::address(var_particle_radius, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // extent = wp.vec3(radius)                                                               <L 70>
        var_5 = wp::vec_t<3, wp::float32>(var_3);
        // query = wp.bvh_query_aabb(bvh_id, particle_x[tid] - extent, particle_x[tid] + extent)       <L 71>
        var_6 = wp::address(var_particle_x, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::sub(var_8, var_5);
        var_9 = wp::address(var_particle_x, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::add(var_11, var_5);
        var_12 = wp::bvh_query_aabb(var_bvh_id, var_7, var_10, var_13);
        // bounds_nr = int(0)                                                                     <L 72>
        var_15 = wp::int(var_14);
        // num_overlaps = int(0)                                                                  <L 73>
        var_17 = wp::int(var_16);
        // while wp.bvh_query_next(query, bounds_nr):                                             <L 74>
        // num_hits[tid] = num_overlaps                                                           <L 78>
        // wp::array_store(var_num_hits, var_0, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_num_hits, var_0, var_17, adj_num_hits, adj_0, adj_17);
        // adj: num_hits[tid] = num_overlaps                                                      <L 78>
        start_while_1:;
        var_18 = wp::bvh_query_next(var_12, var_15, var_19);
        if ((var_18) == false) goto end_while_1;
        adj_20 = {};
        adj_21 = {};
        adj_22 = {};
        adj_23 = {};
            // if bounds_nr != tid:                                                               <L 76>
            var_20 = (var_15 != var_0);
            if (var_20) {
                // num_overlaps += 1                                                              <L 77>
                var_22 = wp::add(var_17, var_21);
            }
            var_23 = wp::where(var_20, var_22, var_17);
            wp::assign(var_17, var_23);
            wp::adj_assign(var_17, var_23, adj_17, adj_23);
            wp::adj_where(var_20, var_22, var_17, adj_20, adj_22, adj_17, adj_23);
            if (var_20) {
                wp::adj_add(var_17, var_21, adj_17, adj_21, adj_22);
                // adj: num_overlaps += 1                                                         <L 77>
            }
            // adj: if bounds_nr != tid:                                                          <L 76>
        goto start_while_1;
        end_while_1:;
        // adj: while wp.bvh_query_next(query, bounds_nr):                                        <L 74>
        // adj: num_overlaps = int(0)                                                             <L 73>
        // adj: bounds_nr = int(0)                                                                <L 72>
        wp::adj_add(var_11, var_5, adj_9, adj_5, adj_10);
        wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_9);
        wp::adj_sub(var_8, var_5, adj_6, adj_5, adj_7);
        wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_6);
        // adj: query = wp.bvh_query_aabb(bvh_id, particle_x[tid] - extent, particle_x[tid] + extent)  <L 71>
        wp::adj_vec_t(var_3, adj_3, adj_5);
        // adj: extent = wp.vec3(radius)                                                          <L 70>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_particle_radius, var_0, adj_particle_radius, adj_0, adj_2);
        // adj: radius = particle_radius[tid]                                                     <L 69>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 68>
        }
        // adj: if tid >= num_active:                                                             <L 67>
        // adj: tid = wp.tid()                                                                    <L 66>
        // adj: def count_overlaps(                                                               <L 59>
        continue;
    }
}



extern "C" __global__ void pick_bodies_a5a9e3c1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_starts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_dirs,
    wp::array_t<wp::int32> var_item_body,
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_centers,
    wp::array_t<wp::float32> var_shape_radius,
    wp::array_t<wp::int32> var_pick_mask,
    wp::float32 var_ray_length,
    wp::array_t<wp::int32> var_pick_body,
    wp::array_t<wp::float32> var_pick_t,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pick_attach_local)
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
        wp::float32 var_7;
        const wp::int32 var_8 = -1;
        wp::int32 var_9;
        wp::bvh_query_t var_10;
        const wp::int32 var_11 = -1;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        bool var_14;
        wp::int32* var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        bool var_18;
        const wp::int32 var_19 = 0;
        bool var_20;
        wp::int32* var_21;
        const wp::int32 var_22 = 0;
        bool var_23;
        wp::int32 var_24;
        wp::vec_t<3, wp::float32>* var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        bool var_31;
        const wp::float32 var_32 = 0.0;
        bool var_33;
        bool var_34;
        wp::float32 var_35;
        wp::int32 var_36;
        wp::float32 var_37;
        wp::int32 var_38;
        const wp::int32 var_39 = 0;
        bool var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        //---------
        // forward
        // def pick_bodies(                                                                       <L 21>
        // tid = wp.tid()                                                                         <L 34>
        var_0 = builtin_tid1d();
        // ro = ray_starts[tid]                                                                   <L 35>
        var_1 = wp::address(var_ray_starts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // rd = wp.normalize(ray_dirs[tid])                                                       <L 36>
        var_4 = wp::address(var_ray_dirs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::normalize(var_6);
        // t_best = ray_length                                                                    <L 37>
        var_7 = wp::copy(var_ray_length);
        // best_body = int(-1)                                                                    <L 38>
        var_9 = wp::int(var_8);
        // query = wp.bvh_query_ray(bvh_id, ro, rd)                                               <L 39>
        var_10 = wp::bvh_query_ray(var_bvh_id, var_2, var_5, var_11);
        // index = int(0)                                                                         <L 40>
        var_13 = wp::int(var_12);
        // while wp.bvh_query_next(query, index, t_best):                                         <L 41>
        start_while_0:;
        var_14 = wp::bvh_query_ray_next(var_10, var_13, var_7);
        if ((var_14) == false) goto end_while_0;
            // body = item_body[index]                                                            <L 42>
            var_15 = wp::address(var_item_body, var_13);
            var_17 = wp::load(var_15);
            var_16 = wp::copy(var_17);
            // if body < 0 or pick_mask[body] == 0:                                               <L 43>
            var_20 = (var_16 < var_19);
            var_18 = var_20;
            if (!var_18) {
                var_21 = wp::address(var_pick_mask, var_16);
                var_24 = wp::load(var_21);
                var_23 = (var_24 == var_22);
                var_18 = var_18 || var_23;
            }
            if (var_18) {
                // continue                                                                       <L 44>
                goto start_while_0;
            }
            // center = shape_centers[index]                                                      <L 45>
            var_25 = wp::address(var_shape_centers, var_13);
            var_27 = wp::load(var_25);
            var_26 = wp::copy(var_27);
            // t = ray_sphere(ro, rd, center, shape_radius[index])                                <L 46>
            var_28 = wp::address(var_shape_radius, var_13);
            var_30 = wp::load(var_28);
            var_29 = ray_sphere_0(var_2, var_5, var_26, var_30);
            // if t >= 0.0 and t < t_best:                                                        <L 47>
            var_33 = (var_29 >= var_32);
            var_31 = var_33;
            if (var_31) {
                var_34 = (var_29 < var_7);
                var_31 = var_31 && var_34;
            }
            if (var_31) {
                // t_best = t                                                                     <L 48>
                var_35 = wp::copy(var_29);
                // best_body = body                                                               <L 49>
                var_36 = wp::copy(var_16);
            }
            var_37 = wp::where(var_31, var_35, var_7);
            var_38 = wp::where(var_31, var_36, var_9);
            wp::assign(var_7, var_37);
            wp::assign(var_9, var_38);
        goto start_while_0;
        end_while_0:;
        // pick_body[tid] = best_body                                                             <L 50>
        wp::array_store(var_pick_body, var_0, var_9);
        // if best_body < 0:                                                                      <L 51>
        var_40 = (var_9 < var_39);
        if (var_40) {
            // return                                                                             <L 52>
            continue;
        }
        // pick_t[tid] = t_best                                                                   <L 53>
        wp::array_store(var_pick_t, var_0, var_7);
        // hit = ro + rd * t_best                                                                 <L 54>
        var_41 = wp::mul(var_5, var_7);
        var_42 = wp::add(var_2, var_41);
        // pick_attach_local[tid] = hit                                                           <L 55>
        wp::array_store(var_pick_attach_local, var_0, var_42);
    }
}

