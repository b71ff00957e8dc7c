// Warp 1.19.0 cuda code for gather_from_bvh_db5e3c24.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void gather_from_bvh_747c26ac_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_particle_radius,
    wp::float32 var_k_damp,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f)
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
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::bvh_query_t var_9;
        const wp::int32 var_10 = -1;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        bool var_14;
        const wp::float32 var_15 = INFINITY;
        bool var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32>* var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32>* var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        //---------
        // forward
        // def gather_from_bvh(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 17>
        var_0 = builtin_tid1d();
        // query = wp.bvh_query_aabb(bvh, positions[tid] - wp.vec3(particle_radius), positions[tid] + wp.vec3(particle_radius))       <L 18>
        var_1 = wp::address(var_positions, var_0);
        var_2 = wp::vec_t<3, wp::float32>(var_particle_radius);
        var_4 = wp::load(var_1);
        var_3 = wp::sub(var_4, var_2);
        var_5 = wp::address(var_positions, var_0);
        var_6 = wp::vec_t<3, wp::float32>(var_particle_radius);
        var_8 = wp::load(var_5);
        var_7 = wp::add(var_8, var_6);
        var_9 = wp::bvh_query_aabb(var_bvh, var_3, var_7, var_10);
        // total = wp.vec3()                                                                      <L 19>
        var_11 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 20>
        var_13 = wp::int(var_12);
        // while wp.bvh_query_next(query, index):                                                 <L 21>
        start_while_0:;
        var_14 = wp::bvh_query_next(var_9, var_13, var_15);
        if ((var_14) == false) goto end_while_0;
            // if index != tid:                                                                   <L 22>
            var_16 = (var_13 != var_0);
            if (var_16) {
                // vel = v[index]                                                                 <L 23>
                var_17 = wp::address(var_v, var_13);
                var_19 = wp::load(var_17);
                var_18 = wp::copy(var_19);
                // vel_new = velocities[index]                                                    <L 24>
                var_20 = wp::address(var_velocities, var_13);
                var_22 = wp::load(var_20);
                var_21 = wp::copy(var_22);
                // p = particle_x[index]                                                          <L 25>
                var_23 = wp::address(var_particle_x, var_13);
                var_25 = wp::load(var_23);
                var_24 = wp::copy(var_25);
                // n = wp.normalize(p - points[index])                                            <L 26>
                var_26 = wp::address(var_points, var_13);
                var_28 = wp::load(var_26);
                var_27 = wp::sub(var_24, var_28);
                var_29 = wp::normalize(var_27);
                // speed = wp.dot(vel - vel_new, n)                                               <L 27>
                var_30 = wp::sub(var_18, var_21);
                var_31 = wp::dot(var_30, var_29);
                // drag = -k_damp * speed * n                                                     <L 28>
                var_32 = wp::neg(var_k_damp);
                var_33 = wp::mul(var_32, var_31);
                var_34 = wp::mul(var_33, var_29);
                // total += drag                                                                  <L 29>
                var_35 = wp::add(var_11, var_34);
            }
            var_36 = wp::where(var_16, var_35, var_11);
            wp::assign(var_11, var_36);
        goto start_while_0;
        end_while_0:;
        // particle_f[tid] = total                                                                <L 30>
        wp::array_store(var_particle_f, var_0, var_11);
    }
}



extern "C" __global__ void gather_from_bvh_747c26ac_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_particle_radius,
    wp::float32 var_k_damp,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::uint64 adj_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::float32 adj_particle_radius,
    wp::float32 adj_k_damp,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f)
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
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::bvh_query_t var_9;
        const wp::int32 var_10 = -1;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        bool var_14;
        const wp::float32 var_15 = INFINITY;
        bool var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32>* var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32>* var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::bvh_query_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        wp::float32 adj_15 = {};
        bool adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        //---------
        // forward
        // def gather_from_bvh(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 17>
        var_0 = builtin_tid1d();
        // query = wp.bvh_query_aabb(bvh, positions[tid] - wp.vec3(particle_radius), positions[tid] + wp.vec3(particle_radius))       <L 18>
        var_1 = wp::address(var_positions, var_0);
        var_2 = wp::vec_t<3, wp::float32>(var_particle_radius);
        var_4 = wp::load(var_1);
        var_3 = wp::sub(var_4, var_2);
        var_5 = wp::address(var_positions, var_0);
        var_6 = wp::vec_t<3, wp::float32>(var_particle_radius);
        var_8 = wp::load(var_5);
        var_7 = wp::add(var_8, var_6);
        var_9 = wp::bvh_query_aabb(var_bvh, var_3, var_7, var_10);
        // total = wp.vec3()                                                                      <L 19>
        var_11 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 20>
        var_13 = wp::int(var_12);
        // while wp.bvh_query_next(query, index):                                                 <L 21>
        // particle_f[tid] = total                                                                <L 30>
        // wp::array_store(var_particle_f, var_0, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_particle_f, var_0, var_11, adj_particle_f, adj_0, adj_11);
        // adj: particle_f[tid] = total                                                           <L 30>
        start_while_0:;
        var_14 = wp::bvh_query_next(var_9, var_13, var_15);
        if ((var_14) == false) goto end_while_0;
        adj_16 = {};
        adj_17 = {};
        adj_18 = {};
        adj_19 = {};
        adj_20 = {};
        adj_21 = {};
        adj_22 = {};
        adj_23 = {};
        adj_24 = {};
        adj_25 = {};
        adj_26 = {};
        adj_27 = {};
        adj_28 = {};
        adj_29 = {};
        adj_30 = {};
        adj_31 = {};
        adj_32 = {};
        adj_33 = {};
        adj_34 = {};
        adj_35 = {};
        adj_36 = {};
            // if index != tid:                                                                   <L 22>
            var_16 = (var_13 != var_0);
            if (var_16) {
                // vel = v[index]                                                                 <L 23>
                var_17 = wp::address(var_v, var_13);
                var_19 = wp::load(var_17);
                var_18 = wp::copy(var_19);
                // vel_new = velocities[index]                                                    <L 24>
                var_20 = wp::address(var_velocities, var_13);
                var_22 = wp::load(var_20);
                var_21 = wp::copy(var_22);
                // p = particle_x[index]                                                          <L 25>
                var_23 = wp::address(var_particle_x, var_13);
                var_25 = wp::load(var_23);
                var_24 = wp::copy(var_25);
                // n = wp.normalize(p - points[index])                                            <L 26>
                var_26 = wp::address(var_points, var_13);
                var_28 = wp::load(var_26);
                var_27 = wp::sub(var_24, var_28);
                var_29 = wp::normalize(var_27);
                // speed = wp.dot(vel - vel_new, n)                                               <L 27>
                var_30 = wp::sub(var_18, var_21);
                var_31 = wp::dot(var_30, var_29);
                // drag = -k_damp * speed * n                                                     <L 28>
                var_32 = wp::neg(var_k_damp);
                var_33 = wp::mul(var_32, var_31);
                var_34 = wp::mul(var_33, var_29);
                // total += drag                                                                  <L 29>
                var_35 = wp::add(var_11, var_34);
            }
            var_36 = wp::where(var_16, var_35, var_11);
            wp::assign(var_11, var_36);
            wp::adj_assign(var_11, var_36, adj_11, adj_36);
            wp::adj_where(var_16, var_35, var_11, adj_16, adj_35, adj_11, adj_36);
            if (var_16) {
                wp::adj_add(var_11, var_34, adj_11, adj_34, adj_35);
                // adj: total += drag                                                             <L 29>
                wp::adj_mul(var_33, var_29, adj_33, adj_29, adj_34);
                wp::adj_mul(var_32, var_31, adj_32, adj_31, adj_33);
                wp::adj_neg(var_k_damp, adj_k_damp, adj_32);
                // adj: drag = -k_damp * speed * n                                                <L 28>
                wp::adj_dot(var_30, var_29, adj_30, adj_29, adj_31);
                wp::adj_sub(var_18, var_21, adj_18, adj_21, adj_30);
                // adj: speed = wp.dot(vel - vel_new, n)                                          <L 27>
                wp::adj_normalize(var_27, var_29, adj_27, adj_29);
                wp::adj_sub(var_24, var_28, adj_24, adj_26, adj_27);
                wp::adj_address(var_points, var_13, adj_points, adj_13, adj_26);
                // adj: n = wp.normalize(p - points[index])                                       <L 26>
                wp::adj_copy(var_25, adj_23, adj_24);
                wp::adj_address(var_particle_x, var_13, adj_particle_x, adj_13, adj_23);
                // adj: p = particle_x[index]                                                     <L 25>
                wp::adj_copy(var_22, adj_20, adj_21);
                wp::adj_address(var_velocities, var_13, adj_velocities, adj_13, adj_20);
                // adj: vel_new = velocities[index]                                               <L 24>
                wp::adj_copy(var_19, adj_17, adj_18);
                wp::adj_address(var_v, var_13, adj_v, adj_13, adj_17);
                // adj: vel = v[index]                                                            <L 23>
            }
            // adj: if index != tid:                                                              <L 22>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, index):                                            <L 21>
        // adj: index = int(0)                                                                    <L 20>
        // adj: total = wp.vec3()                                                                 <L 19>
        wp::adj_add(var_8, var_6, adj_5, adj_6, adj_7);
        wp::adj_vec_t(var_particle_radius, adj_particle_radius, adj_6);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_5);
        wp::adj_sub(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_vec_t(var_particle_radius, adj_particle_radius, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: query = wp.bvh_query_aabb(bvh, positions[tid] - wp.vec3(particle_radius), positions[tid] + wp.vec3(particle_radius))  <L 18>
        // adj: tid = wp.tid()                                                                    <L 17>
        // adj: def gather_from_bvh(                                                              <L 5>
        continue;
    }
}

