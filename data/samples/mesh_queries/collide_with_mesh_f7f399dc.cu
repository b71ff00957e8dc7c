// Warp 1.19.0 cuda code for collide_with_mesh_f7f399dc.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void collide_with_mesh_856720bf_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_collider_mesh,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_delta_time,
    wp::float32 var_query_radius,
    wp::float32 var_thickness,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions)
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
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::mesh_query_point_t var_12;
        const wp::float32 var_13 = 0.001;
        bool* var_14;
        bool var_15;
        wp::int32* var_16;
        wp::float32* var_17;
        wp::float32* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::int32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.0;
        bool var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32* var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32 var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        bool var_38;
        wp::vec_t<3, wp::float32> var_39;
        bool var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        //---------
        // forward
        // def collide_with_mesh(                                                                 <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // if tid >= active_count[0]:                                                             <L 16>
        var_2 = wp::address(var_active_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 17>
            continue;
        }
        // x = points[tid]                                                                        <L 18>
        var_5 = wp::address(var_points, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // x_pred = x + velocities[tid] * delta_time                                              <L 19>
        var_8 = wp::address(var_velocities, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_10, var_delta_time);
        var_11 = wp::add(var_6, var_9);
        // query = wp.mesh_query_point_sign_normal(collider_mesh, x_pred, query_radius)           <L 20>
        var_12 = wp::mesh_query_point_sign_normal(var_collider_mesh, var_11, var_query_radius, var_13);
        // if query.result:                                                                       <L 21>
        var_14 = &((var_12).result);
        var_15 = wp::load(var_14);
        if (var_15) {
            // p = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)             <L 22>
            var_16 = &((var_12).face);
            var_17 = &((var_12).u);
            var_18 = &((var_12).v);
            var_20 = wp::load(var_16);
            var_21 = wp::load(var_17);
            var_22 = wp::load(var_18);
            var_19 = wp::mesh_eval_position(var_collider_mesh, var_20, var_21, var_22);
            // delta = x_pred - p                                                                 <L 23>
            var_23 = wp::sub(var_11, var_19);
            // dist = wp.length(delta) * query.sign                                               <L 24>
            var_24 = wp::length(var_23);
            var_25 = &((var_12).sign);
            var_27 = wp::load(var_25);
            var_26 = wp::mul(var_24, var_27);
            // err = dist - thickness                                                             <L 25>
            var_28 = wp::sub(var_26, var_thickness);
            // if err < 0.0:                                                                      <L 27>
            var_30 = (var_28 < var_29);
            if (var_30) {
                // n = wp.normalize(delta) * query.sign                                           <L 28>
                var_31 = wp::normalize(var_23);
                var_32 = &((var_12).sign);
                var_34 = wp::load(var_32);
                var_33 = wp::mul(var_31, var_34);
                // x_pred = x_pred - n * err                                                      <L 29>
                var_35 = wp::mul(var_33, var_28);
                var_36 = wp::sub(var_11, var_35);
            }
            var_37 = wp::where(var_30, var_36, var_11);
        }
        var_38 = wp::load(var_14);
        var_40 = wp::load(var_14);
        var_39 = wp::where(var_40, var_37, var_11);
        // velocities[tid] = (x_pred - x) / delta_time                                            <L 30>
        var_41 = wp::sub(var_39, var_6);
        var_42 = wp::div(var_41, var_delta_time);
        wp::array_store(var_velocities, var_0, var_42);
        // new_positions[tid] = x_pred                                                            <L 31>
        wp::array_store(var_new_positions, var_0, var_39);
    }
}



extern "C" __global__ void collide_with_mesh_856720bf_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_collider_mesh,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_delta_time,
    wp::float32 var_query_radius,
    wp::float32 var_thickness,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::uint64 adj_collider_mesh,
    wp::array_t<wp::int32> adj_active_count,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::float32 adj_delta_time,
    wp::float32 adj_query_radius,
    wp::float32 adj_thickness,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions)
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
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::mesh_query_point_t var_12;
        const wp::float32 var_13 = 0.001;
        bool* var_14;
        bool var_15;
        wp::int32* var_16;
        wp::float32* var_17;
        wp::float32* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::int32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.0;
        bool var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32* var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32 var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        bool var_38;
        wp::vec_t<3, wp::float32> var_39;
        bool var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
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
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::mesh_query_point_t adj_12 = {};
        wp::float32 adj_13 = {};
        bool adj_14 = {};
        bool adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        bool adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::float32 adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::float32 adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        bool adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        bool adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        //---------
        // forward
        // def collide_with_mesh(                                                                 <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // if tid >= active_count[0]:                                                             <L 16>
        var_2 = wp::address(var_active_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 17>
            goto label0;
        }
        // x = points[tid]                                                                        <L 18>
        var_5 = wp::address(var_points, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // x_pred = x + velocities[tid] * delta_time                                              <L 19>
        var_8 = wp::address(var_velocities, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_10, var_delta_time);
        var_11 = wp::add(var_6, var_9);
        // query = wp.mesh_query_point_sign_normal(collider_mesh, x_pred, query_radius)           <L 20>
        var_12 = wp::mesh_query_point_sign_normal(var_collider_mesh, var_11, var_query_radius, var_13);
        // if query.result:                                                                       <L 21>
        var_14 = &((var_12).result);
        var_15 = wp::load(var_14);
        if (var_15) {
            // p = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)             <L 22>
            var_16 = &((var_12).face);
            var_17 = &((var_12).u);
            var_18 = &((var_12).v);
            var_20 = wp::load(var_16);
            var_21 = wp::load(var_17);
            var_22 = wp::load(var_18);
            var_19 = wp::mesh_eval_position(var_collider_mesh, var_20, var_21, var_22);
            // delta = x_pred - p                                                                 <L 23>
            var_23 = wp::sub(var_11, var_19);
            // dist = wp.length(delta) * query.sign                                               <L 24>
            var_24 = wp::length(var_23);
            var_25 = &((var_12).sign);
            var_27 = wp::load(var_25);
            var_26 = wp::mul(var_24, var_27);
            // err = dist - thickness                                                             <L 25>
            var_28 = wp::sub(var_26, var_thickness);
            // if err < 0.0:                                                                      <L 27>
            var_30 = (var_28 < var_29);
            if (var_30) {
                // n = wp.normalize(delta) * query.sign                                           <L 28>
                var_31 = wp::normalize(var_23);
                var_32 = &((var_12).sign);
                var_34 = wp::load(var_32);
                var_33 = wp::mul(var_31, var_34);
                // x_pred = x_pred - n * err                                                      <L 29>
                var_35 = wp::mul(var_33, var_28);
                var_36 = wp::sub(var_11, var_35);
            }
            var_37 = wp::where(var_30, var_36, var_11);
        }
        var_38 = wp::load(var_14);
        var_40 = wp::load(var_14);
        var_39 = wp::where(var_40, var_37, var_11);
        // velocities[tid] = (x_pred - x) / delta_time                                            <L 30>
        var_41 = wp::sub(var_39, var_6);
        var_42 = wp::div(var_41, var_delta_time);
        // wp::array_store(var_velocities, var_0, var_42);
        // new_positions[tid] = x_pred                                                            <L 31>
        // wp::array_store(var_new_positions, var_0, var_39);
        //---------
        // reverse
        wp::adj_array_store(var_new_positions, var_0, var_39, adj_new_positions, adj_0, adj_39);
        // adj: new_positions[tid] = x_pred                                                       <L 31>
        wp::adj_array_store(var_velocities, var_0, var_42, adj_velocities, adj_0, adj_42);
        wp::adj_div(var_41, var_delta_time, adj_41, adj_delta_time, adj_42);
        wp::adj_sub(var_39, var_6, adj_39, adj_6, adj_41);
        // adj: velocities[tid] = (x_pred - x) / delta_time                                       <L 30>
        wp::adj_where(var_40, var_37, var_11, adj_14, adj_37, adj_11, adj_39);
        if (var_38) {
            wp::adj_where(var_30, var_36, var_11, adj_30, adj_36, adj_11, adj_37);
            if (var_30) {
                wp::adj_sub(var_11, var_35, adj_11, adj_35, adj_36);
                wp::adj_mul(var_33, var_28, adj_33, adj_28, adj_35);
                // adj: x_pred = x_pred - n * err                                                 <L 29>
                wp::adj_mul(var_31, var_34, adj_31, adj_32, adj_33);
                adj_12.sign += adj_32;
                wp::adj_normalize(var_23, var_31, adj_23, adj_31);
                // adj: n = wp.normalize(delta) * query.sign                                      <L 28>
            }
            // adj: if err < 0.0:                                                                 <L 27>
            wp::adj_sub(var_26, var_thickness, adj_26, adj_thickness, adj_28);
            // adj: err = dist - thickness                                                        <L 25>
            wp::adj_mul(var_24, var_27, adj_24, adj_25, adj_26);
            adj_12.sign += adj_25;
            wp::adj_length(var_23, var_24, adj_23, adj_24);
            // adj: dist = wp.length(delta) * query.sign                                          <L 24>
            wp::adj_sub(var_11, var_19, adj_11, adj_19, adj_23);
            // adj: delta = x_pred - p                                                            <L 23>
            wp::adj_mesh_eval_position(var_collider_mesh, var_20, var_21, var_22, adj_collider_mesh, adj_16, adj_17, adj_18, adj_19);
            adj_12.v += adj_18;
            adj_12.u += adj_17;
            adj_12.face = adj_16;
            // adj: p = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)        <L 22>
        }
        adj_12.result = adj_14;
        // adj: if query.result:                                                                  <L 21>
        wp::adj_mesh_query_point_sign_normal(var_collider_mesh, var_11, var_query_radius, var_13, var_12, adj_collider_mesh, adj_11, adj_query_radius, adj_13, adj_12);
        // adj: query = wp.mesh_query_point_sign_normal(collider_mesh, x_pred, query_radius)      <L 20>
        wp::adj_add(var_6, var_9, adj_6, adj_9, adj_11);
        wp::adj_mul(var_10, var_delta_time, adj_8, adj_delta_time, adj_9);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_8);
        // adj: x_pred = x + velocities[tid] * delta_time                                         <L 19>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_5);
        // adj: x = points[tid]                                                                   <L 18>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 17>
        }
        wp::adj_address(var_active_count, var_1, adj_active_count, adj_1, adj_2);
        // adj: if tid >= active_count[0]:                                                        <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def collide_with_mesh(                                                            <L 5>
        continue;
    }
}

