// Warp 1.19.0 cuda code for simulate_e321dc87.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void simulate_4f380741_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::float32 var_dt,
    wp::float32 var_query_radius,
    wp::float32 var_contact_margin,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities)
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
        wp::vec_t<3, wp::float32> var_7;
        wp::mesh_query_point_t var_8;
        const wp::float32 var_9 = 0.001;
        bool* var_10;
        bool var_11;
        wp::int32* var_12;
        wp::float32* var_13;
        wp::float32* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::int32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        bool var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        bool var_34;
        wp::vec_t<3, wp::float32> var_35;
        bool var_36;
        wp::vec_t<3, wp::float32>* var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        //---------
        // forward
        // def simulate(                                                                          <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // vel = velocities[tid]                                                                  <L 16>
        var_1 = wp::address(var_velocities, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x_pred = points[tid] + vel * dt                                                        <L 17>
        var_4 = wp::address(var_points, var_0);
        var_5 = wp::mul(var_2, var_dt);
        var_7 = wp::load(var_4);
        var_6 = wp::add(var_7, var_5);
        // query = wp.mesh_query_point_sign_normal(mesh_id, x_pred, query_radius)                 <L 18>
        var_8 = wp::mesh_query_point_sign_normal(var_mesh_id, var_6, var_query_radius, var_9);
        // if query.result:                                                                       <L 19>
        var_10 = &((var_8).result);
        var_11 = wp::load(var_10);
        if (var_11) {
            // p = wp.mesh_eval_position(mesh_id, query.face, query.u, query.v)                   <L 20>
            var_12 = &((var_8).face);
            var_13 = &((var_8).u);
            var_14 = &((var_8).v);
            var_16 = wp::load(var_12);
            var_17 = wp::load(var_13);
            var_18 = wp::load(var_14);
            var_15 = wp::mesh_eval_position(var_mesh_id, var_16, var_17, var_18);
            // delta = x_pred - p                                                                 <L 21>
            var_19 = wp::sub(var_6, var_15);
            // dist = wp.length(delta) * query.sign                                               <L 22>
            var_20 = wp::length(var_19);
            var_21 = &((var_8).sign);
            var_23 = wp::load(var_21);
            var_22 = wp::mul(var_20, var_23);
            // err = dist - contact_margin                                                        <L 23>
            var_24 = wp::sub(var_22, var_contact_margin);
            // if err < 0.0:                                                                      <L 25>
            var_26 = (var_24 < var_25);
            if (var_26) {
                // n = wp.normalize(delta) * query.sign                                           <L 26>
                var_27 = wp::normalize(var_19);
                var_28 = &((var_8).sign);
                var_30 = wp::load(var_28);
                var_29 = wp::mul(var_27, var_30);
                // x_pred = x_pred - n * err                                                      <L 27>
                var_31 = wp::mul(var_29, var_24);
                var_32 = wp::sub(var_6, var_31);
            }
            var_33 = wp::where(var_26, var_32, var_6);
        }
        var_34 = wp::load(var_10);
        var_36 = wp::load(var_10);
        var_35 = wp::where(var_36, var_33, var_6);
        // new_velocities[tid] = (x_pred - points[tid]) / dt                                      <L 28>
        var_37 = wp::address(var_points, var_0);
        var_39 = wp::load(var_37);
        var_38 = wp::sub(var_35, var_39);
        var_40 = wp::div(var_38, var_dt);
        wp::array_store(var_new_velocities, var_0, var_40);
        // new_positions[tid] = x_pred                                                            <L 29>
        wp::array_store(var_new_positions, var_0, var_35);
    }
}



extern "C" __global__ void simulate_4f380741_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::float32 var_dt,
    wp::float32 var_query_radius,
    wp::float32 var_contact_margin,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities,
    wp::uint64 adj_mesh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::float32 adj_dt,
    wp::float32 adj_query_radius,
    wp::float32 adj_contact_margin,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_velocities)
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
        wp::vec_t<3, wp::float32> var_7;
        wp::mesh_query_point_t var_8;
        const wp::float32 var_9 = 0.001;
        bool* var_10;
        bool var_11;
        wp::int32* var_12;
        wp::float32* var_13;
        wp::float32* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::int32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        bool var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        bool var_34;
        wp::vec_t<3, wp::float32> var_35;
        bool var_36;
        wp::vec_t<3, wp::float32>* var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
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
        wp::mesh_query_point_t adj_8 = {};
        wp::float32 adj_9 = {};
        bool adj_10 = {};
        bool adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        bool adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        bool adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        bool adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        //---------
        // forward
        // def simulate(                                                                          <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // vel = velocities[tid]                                                                  <L 16>
        var_1 = wp::address(var_velocities, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x_pred = points[tid] + vel * dt                                                        <L 17>
        var_4 = wp::address(var_points, var_0);
        var_5 = wp::mul(var_2, var_dt);
        var_7 = wp::load(var_4);
        var_6 = wp::add(var_7, var_5);
        // query = wp.mesh_query_point_sign_normal(mesh_id, x_pred, query_radius)                 <L 18>
        var_8 = wp::mesh_query_point_sign_normal(var_mesh_id, var_6, var_query_radius, var_9);
        // if query.result:                                                                       <L 19>
        var_10 = &((var_8).result);
        var_11 = wp::load(var_10);
        if (var_11) {
            // p = wp.mesh_eval_position(mesh_id, query.face, query.u, query.v)                   <L 20>
            var_12 = &((var_8).face);
            var_13 = &((var_8).u);
            var_14 = &((var_8).v);
            var_16 = wp::load(var_12);
            var_17 = wp::load(var_13);
            var_18 = wp::load(var_14);
            var_15 = wp::mesh_eval_position(var_mesh_id, var_16, var_17, var_18);
            // delta = x_pred - p                                                                 <L 21>
            var_19 = wp::sub(var_6, var_15);
            // dist = wp.length(delta) * query.sign                                               <L 22>
            var_20 = wp::length(var_19);
            var_21 = &((var_8).sign);
            var_23 = wp::load(var_21);
            var_22 = wp::mul(var_20, var_23);
            // err = dist - contact_margin                                                        <L 23>
            var_24 = wp::sub(var_22, var_contact_margin);
            // if err < 0.0:                                                                      <L 25>
            var_26 = (var_24 < var_25);
            if (var_26) {
                // n = wp.normalize(delta) * query.sign                                           <L 26>
                var_27 = wp::normalize(var_19);
                var_28 = &((var_8).sign);
                var_30 = wp::load(var_28);
                var_29 = wp::mul(var_27, var_30);
                // x_pred = x_pred - n * err                                                      <L 27>
                var_31 = wp::mul(var_29, var_24);
                var_32 = wp::sub(var_6, var_31);
            }
            var_33 = wp::where(var_26, var_32, var_6);
        }
        var_34 = wp::load(var_10);
        var_36 = wp::load(var_10);
        var_35 = wp::where(var_36, var_33, var_6);
        // new_velocities[tid] = (x_pred - points[tid]) / dt                                      <L 28>
        var_37 = wp::address(var_points, var_0);
        var_39 = wp::load(var_37);
        var_38 = wp::sub(var_35, var_39);
        var_40 = wp::div(var_38, var_dt);
        // wp::array_store(var_new_velocities, var_0, var_40);
        // new_positions[tid] = x_pred                                                            <L 29>
        // wp::array_store(var_new_positions, var_0, var_35);
        //---------
        // reverse
        wp::adj_array_store(var_new_positions, var_0, var_35, adj_new_positions, adj_0, adj_35);
        // adj: new_positions[tid] = x_pred                                                       <L 29>
        wp::adj_array_store(var_new_velocities, var_0, var_40, adj_new_velocities, adj_0, adj_40);
        wp::adj_div(var_38, var_dt, adj_38, adj_dt, adj_40);
        wp::adj_sub(var_35, var_39, adj_35, adj_37, adj_38);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_37);
        // adj: new_velocities[tid] = (x_pred - points[tid]) / dt                                 <L 28>
        wp::adj_where(var_36, var_33, var_6, adj_10, adj_33, adj_6, adj_35);
        if (var_34) {
            wp::adj_where(var_26, var_32, var_6, adj_26, adj_32, adj_6, adj_33);
            if (var_26) {
                wp::adj_sub(var_6, var_31, adj_6, adj_31, adj_32);
                wp::adj_mul(var_29, var_24, adj_29, adj_24, adj_31);
                // adj: x_pred = x_pred - n * err                                                 <L 27>
                wp::adj_mul(var_27, var_30, adj_27, adj_28, adj_29);
                adj_8.sign += adj_28;
                wp::adj_normalize(var_19, var_27, adj_19, adj_27);
                // adj: n = wp.normalize(delta) * query.sign                                      <L 26>
            }
            // adj: if err < 0.0:                                                                 <L 25>
            wp::adj_sub(var_22, var_contact_margin, adj_22, adj_contact_margin, adj_24);
            // adj: err = dist - contact_margin                                                   <L 23>
            wp::adj_mul(var_20, var_23, adj_20, adj_21, adj_22);
            adj_8.sign += adj_21;
            wp::adj_length(var_19, var_20, adj_19, adj_20);
            // adj: dist = wp.length(delta) * query.sign                                          <L 22>
            wp::adj_sub(var_6, var_15, adj_6, adj_15, adj_19);
            // adj: delta = x_pred - p                                                            <L 21>
            wp::adj_mesh_eval_position(var_mesh_id, var_16, var_17, var_18, adj_mesh_id, adj_12, adj_13, adj_14, adj_15);
            adj_8.v += adj_14;
            adj_8.u += adj_13;
            adj_8.face = adj_12;
            // adj: p = wp.mesh_eval_position(mesh_id, query.face, query.u, query.v)              <L 20>
        }
        adj_8.result = adj_10;
        // adj: if query.result:                                                                  <L 19>
        wp::adj_mesh_query_point_sign_normal(var_mesh_id, var_6, var_query_radius, var_9, var_8, adj_mesh_id, adj_6, adj_query_radius, adj_9, adj_8);
        // adj: query = wp.mesh_query_point_sign_normal(mesh_id, x_pred, query_radius)            <L 18>
        wp::adj_add(var_7, var_5, adj_4, adj_5, adj_6);
        wp::adj_mul(var_2, var_dt, adj_2, adj_dt, adj_5);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_4);
        // adj: x_pred = points[tid] + vel * dt                                                   <L 17>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_1);
        // adj: vel = velocities[tid]                                                             <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def simulate(                                                                     <L 5>
        continue;
    }
}

