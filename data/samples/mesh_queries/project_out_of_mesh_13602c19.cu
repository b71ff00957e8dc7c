// Warp 1.19.0 cuda code for project_out_of_mesh_13602c19.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void project_out_of_mesh_bbd6c037_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_collider_mesh,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities,
    wp::float32 var_time_step,
    wp::float32 var_query_radius,
    wp::float32 var_thickness)
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
        wp::vec_t<3, wp::float32> var_12;
        const wp::float32 var_13 = 2.0;
        const wp::float32 var_14 = 0.5;
        wp::mesh_query_point_t var_15;
        bool* var_16;
        bool var_17;
        wp::int32* var_18;
        wp::float32* var_19;
        wp::float32* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::int32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 0.0;
        bool var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32* var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::float32 var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        bool var_40;
        wp::vec_t<3, wp::float32> var_41;
        bool var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        //---------
        // forward
        // def project_out_of_mesh(                                                               <L 5>
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
        // pos = points[tid]                                                                      <L 18>
        var_5 = wp::address(var_points, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // vel = velocities[tid]                                                                  <L 19>
        var_8 = wp::address(var_velocities, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // x_pred = pos + vel * time_step                                                         <L 20>
        var_11 = wp::mul(var_9, var_time_step);
        var_12 = wp::add(var_6, var_11);
        // query = wp.mesh_query_point_sign_winding_number(collider_mesh, x_pred, query_radius, 2.0, 0.5)       <L 21>
        var_15 = wp::mesh_query_point_sign_winding_number(var_collider_mesh, var_12, var_query_radius, var_13, var_14);
        // if query.result:                                                                       <L 22>
        var_16 = &((var_15).result);
        var_17 = wp::load(var_16);
        if (var_17) {
            // p = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)             <L 23>
            var_18 = &((var_15).face);
            var_19 = &((var_15).u);
            var_20 = &((var_15).v);
            var_22 = wp::load(var_18);
            var_23 = wp::load(var_19);
            var_24 = wp::load(var_20);
            var_21 = wp::mesh_eval_position(var_collider_mesh, var_22, var_23, var_24);
            // delta = x_pred - p                                                                 <L 24>
            var_25 = wp::sub(var_12, var_21);
            // dist = wp.length(delta) * query.sign                                               <L 25>
            var_26 = wp::length(var_25);
            var_27 = &((var_15).sign);
            var_29 = wp::load(var_27);
            var_28 = wp::mul(var_26, var_29);
            // err = dist - thickness                                                             <L 26>
            var_30 = wp::sub(var_28, var_thickness);
            // if err < 0.0:                                                                      <L 28>
            var_32 = (var_30 < var_31);
            if (var_32) {
                // n = wp.normalize(delta) * query.sign                                           <L 29>
                var_33 = wp::normalize(var_25);
                var_34 = &((var_15).sign);
                var_36 = wp::load(var_34);
                var_35 = wp::mul(var_33, var_36);
                // x_pred = x_pred - n * err                                                      <L 30>
                var_37 = wp::mul(var_35, var_30);
                var_38 = wp::sub(var_12, var_37);
            }
            var_39 = wp::where(var_32, var_38, var_12);
        }
        var_40 = wp::load(var_16);
        var_42 = wp::load(var_16);
        var_41 = wp::where(var_42, var_39, var_12);
        // new_velocities[tid] = (x_pred - pos) / time_step                                       <L 31>
        var_43 = wp::sub(var_41, var_6);
        var_44 = wp::div(var_43, var_time_step);
        wp::array_store(var_new_velocities, var_0, var_44);
        // points[tid] = x_pred                                                                   <L 32>
        wp::array_store(var_points, var_0, var_41);
    }
}



extern "C" __global__ void project_out_of_mesh_bbd6c037_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_collider_mesh,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities,
    wp::float32 var_time_step,
    wp::float32 var_query_radius,
    wp::float32 var_thickness,
    wp::uint64 adj_collider_mesh,
    wp::array_t<wp::int32> adj_active_count,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_velocities,
    wp::float32 adj_time_step,
    wp::float32 adj_query_radius,
    wp::float32 adj_thickness)
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
        wp::vec_t<3, wp::float32> var_12;
        const wp::float32 var_13 = 2.0;
        const wp::float32 var_14 = 0.5;
        wp::mesh_query_point_t var_15;
        bool* var_16;
        bool var_17;
        wp::int32* var_18;
        wp::float32* var_19;
        wp::float32* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::int32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 0.0;
        bool var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32* var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::float32 var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        bool var_40;
        wp::vec_t<3, wp::float32> var_41;
        bool var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
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
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::mesh_query_point_t adj_15 = {};
        bool adj_16 = {};
        bool adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        bool adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::float32 adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::float32 adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        bool adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        bool adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        //---------
        // forward
        // def project_out_of_mesh(                                                               <L 5>
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
        // pos = points[tid]                                                                      <L 18>
        var_5 = wp::address(var_points, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // vel = velocities[tid]                                                                  <L 19>
        var_8 = wp::address(var_velocities, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // x_pred = pos + vel * time_step                                                         <L 20>
        var_11 = wp::mul(var_9, var_time_step);
        var_12 = wp::add(var_6, var_11);
        // query = wp.mesh_query_point_sign_winding_number(collider_mesh, x_pred, query_radius, 2.0, 0.5)       <L 21>
        var_15 = wp::mesh_query_point_sign_winding_number(var_collider_mesh, var_12, var_query_radius, var_13, var_14);
        // if query.result:                                                                       <L 22>
        var_16 = &((var_15).result);
        var_17 = wp::load(var_16);
        if (var_17) {
            // p = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)             <L 23>
            var_18 = &((var_15).face);
            var_19 = &((var_15).u);
            var_20 = &((var_15).v);
            var_22 = wp::load(var_18);
            var_23 = wp::load(var_19);
            var_24 = wp::load(var_20);
            var_21 = wp::mesh_eval_position(var_collider_mesh, var_22, var_23, var_24);
            // delta = x_pred - p                                                                 <L 24>
            var_25 = wp::sub(var_12, var_21);
            // dist = wp.length(delta) * query.sign                                               <L 25>
            var_26 = wp::length(var_25);
            var_27 = &((var_15).sign);
            var_29 = wp::load(var_27);
            var_28 = wp::mul(var_26, var_29);
            // err = dist - thickness                                                             <L 26>
            var_30 = wp::sub(var_28, var_thickness);
            // if err < 0.0:                                                                      <L 28>
            var_32 = (var_30 < var_31);
            if (var_32) {
                // n = wp.normalize(delta) * query.sign                                           <L 29>
                var_33 = wp::normalize(var_25);
                var_34 = &((var_15).sign);
                var_36 = wp::load(var_34);
                var_35 = wp::mul(var_33, var_36);
                // x_pred = x_pred - n * err                                                      <L 30>
                var_37 = wp::mul(var_35, var_30);
                var_38 = wp::sub(var_12, var_37);
            }
            var_39 = wp::where(var_32, var_38, var_12);
        }
        var_40 = wp::load(var_16);
        var_42 = wp::load(var_16);
        var_41 = wp::where(var_42, var_39, var_12);
        // new_velocities[tid] = (x_pred - pos) / time_step                                       <L 31>
        var_43 = wp::sub(var_41, var_6);
        var_44 = wp::div(var_43, var_time_step);
        // wp::array_store(var_new_velocities, var_0, var_44);
        // points[tid] = x_pred                                                                   <L 32>
        // wp::array_store(var_points, var_0, var_41);
        //---------
        // reverse
        wp::adj_array_store(var_points, var_0, var_41, adj_points, adj_0, adj_41);
        // adj: points[tid] = x_pred                                                              <L 32>
        wp::adj_array_store(var_new_velocities, var_0, var_44, adj_new_velocities, adj_0, adj_44);
        wp::adj_div(var_43, var_time_step, adj_43, adj_time_step, adj_44);
        wp::adj_sub(var_41, var_6, adj_41, adj_6, adj_43);
        // adj: new_velocities[tid] = (x_pred - pos) / time_step                                  <L 31>
        wp::adj_where(var_42, var_39, var_12, adj_16, adj_39, adj_12, adj_41);
        if (var_40) {
            wp::adj_where(var_32, var_38, var_12, adj_32, adj_38, adj_12, adj_39);
            if (var_32) {
                wp::adj_sub(var_12, var_37, adj_12, adj_37, adj_38);
                wp::adj_mul(var_35, var_30, adj_35, adj_30, adj_37);
                // adj: x_pred = x_pred - n * err                                                 <L 30>
                wp::adj_mul(var_33, var_36, adj_33, adj_34, adj_35);
                adj_15.sign += adj_34;
                wp::adj_normalize(var_25, var_33, adj_25, adj_33);
                // adj: n = wp.normalize(delta) * query.sign                                      <L 29>
            }
            // adj: if err < 0.0:                                                                 <L 28>
            wp::adj_sub(var_28, var_thickness, adj_28, adj_thickness, adj_30);
            // adj: err = dist - thickness                                                        <L 26>
            wp::adj_mul(var_26, var_29, adj_26, adj_27, adj_28);
            adj_15.sign += adj_27;
            wp::adj_length(var_25, var_26, adj_25, adj_26);
            // adj: dist = wp.length(delta) * query.sign                                          <L 25>
            wp::adj_sub(var_12, var_21, adj_12, adj_21, adj_25);
            // adj: delta = x_pred - p                                                            <L 24>
            wp::adj_mesh_eval_position(var_collider_mesh, var_22, var_23, var_24, adj_collider_mesh, adj_18, adj_19, adj_20, adj_21);
            adj_15.v += adj_20;
            adj_15.u += adj_19;
            adj_15.face = adj_18;
            // adj: p = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)        <L 23>
        }
        adj_15.result = adj_16;
        // adj: if query.result:                                                                  <L 22>
        wp::adj_mesh_query_point_sign_winding_number(var_collider_mesh, var_12, var_query_radius, var_13, var_14, var_15, adj_collider_mesh, adj_12, adj_query_radius, adj_13, adj_14, adj_15);
        // adj: query = wp.mesh_query_point_sign_winding_number(collider_mesh, x_pred, query_radius, 2.0, 0.5)  <L 21>
        wp::adj_add(var_6, var_11, adj_6, adj_11, adj_12);
        wp::adj_mul(var_9, var_time_step, adj_9, adj_time_step, adj_11);
        // adj: x_pred = pos + vel * time_step                                                    <L 20>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_8);
        // adj: vel = velocities[tid]                                                             <L 19>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_5);
        // adj: pos = points[tid]                                                                 <L 18>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 17>
        }
        wp::adj_address(var_active_count, var_1, adj_active_count, adj_1, adj_2);
        // adj: if tid >= active_count[0]:                                                        <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def project_out_of_mesh(                                                          <L 5>
        continue;
    }
}

