// Warp 1.19.0 cuda code for fixed_point_solve_bf7653be.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void fixed_point_solve_c3e1e7e0_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_collider_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_target,
    wp::float32 var_query_radius,
    wp::float32 var_sigma,
    wp::float32 var_tolerance,
    wp::array_t<wp::float32> var_roots,
    wp::array_t<wp::int32> var_iterations)
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
        wp::float32 var_4;
        wp::mesh_query_point_t var_5;
        const wp::float32 var_6 = 0.001;
        bool* var_7;
        bool var_8;
        wp::int32* var_9;
        wp::float32* var_10;
        wp::float32* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::int32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        bool var_21;
        wp::float32 var_22;
        bool var_23;
        const wp::float32 var_24 = 0.5;
        const wp::float32 var_25 = 1.41421356;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.1;
        const wp::float32 var_31 = 1.0;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 1.0;
        wp::float32 var_35;
        const wp::int32 var_36 = 0;
        wp::int32 var_37;
        bool var_38;
        bool var_39;
        const wp::int32 var_40 = 64;
        bool var_41;
        const wp::float32 var_42 = 1.0;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::int32 var_52 = 1;
        wp::int32 var_53;
        //---------
        // forward
        // def fixed_point_solve(                                                                 <L 8>
        // tid = wp.tid()                                                                         <L 18>
        var_0 = builtin_tid1d();
        // query_point = points[tid]                                                              <L 21>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // sdf = query_radius                                                                     <L 22>
        var_4 = wp::copy(var_query_radius);
        // query = wp.mesh_query_point_sign_normal(collider_mesh, query_point, query_radius)       <L 23>
        var_5 = wp::mesh_query_point_sign_normal(var_collider_mesh, var_2, var_query_radius, var_6);
        // if query.result:                                                                       <L 24>
        var_7 = &((var_5).result);
        var_8 = wp::load(var_7);
        if (var_8) {
            // p_surface = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)       <L 25>
            var_9 = &((var_5).face);
            var_10 = &((var_5).u);
            var_11 = &((var_5).v);
            var_13 = wp::load(var_9);
            var_14 = wp::load(var_10);
            var_15 = wp::load(var_11);
            var_12 = wp::mesh_eval_position(var_collider_mesh, var_13, var_14, var_15);
            // sdf = wp.length(query_point - p_surface) * query.sign                              <L 26>
            var_16 = wp::sub(var_2, var_12);
            var_17 = wp::length(var_16);
            var_18 = &((var_5).sign);
            var_20 = wp::load(var_18);
            var_19 = wp::mul(var_17, var_20);
        }
        var_21 = wp::load(var_7);
        var_23 = wp::load(var_7);
        var_22 = wp::where(var_23, var_19, var_4);
        // omega = wp.clamp(0.5 * wp.erfc(sdf / (1.41421356 * sigma)), 0.1, 1.0)                  <L 28>
        var_26 = wp::mul(var_25, var_sigma);
        var_27 = wp::div(var_22, var_26);
        var_28 = wp::erfc(var_27);
        var_29 = wp::mul(var_24, var_28);
        var_32 = wp::clamp(var_29, var_30, var_31);
        // x = target                                                                             <L 29>
        var_33 = wp::copy(var_target);
        // delta = float(1.0)                                                                     <L 30>
        var_35 = wp::float(var_34);
        // it = int(0)                                                                            <L 31>
        var_37 = wp::int(var_36);
        // while delta > tolerance and it < MAX_ITERS:                                            <L 32>
        start_while_0:;
        var_39 = (var_35 > var_tolerance);
        var_38 = var_39;
        if (var_38) {
            var_41 = (var_37 < var_40);
            var_38 = var_38 && var_41;
        }
        if ((var_38) == false) goto end_while_0;
            // x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)                          <L 33>
            var_43 = wp::sub(var_42, var_32);
            var_44 = wp::mul(var_43, var_33);
            var_45 = wp::cos(var_33);
            var_46 = wp::add(var_45, var_target);
            var_47 = wp::mul(var_32, var_46);
            var_48 = wp::add(var_44, var_47);
            // delta = wp.abs(x_next - x)                                                         <L 34>
            var_49 = wp::sub(var_48, var_33);
            var_50 = wp::abs(var_49);
            // x = x_next                                                                         <L 35>
            var_51 = wp::copy(var_48);
            // it += 1                                                                            <L 36>
            var_53 = wp::add(var_37, var_52);
            wp::assign(var_33, var_51);
            wp::assign(var_35, var_50);
            wp::assign(var_37, var_53);
        goto start_while_0;
        end_while_0:;
        // roots[tid] = x                                                                         <L 37>
        wp::array_store(var_roots, var_0, var_33);
        // iterations[tid] = it                                                                   <L 38>
        wp::array_store(var_iterations, var_0, var_37);
    }
}



extern "C" __global__ void fixed_point_solve_c3e1e7e0_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_collider_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_target,
    wp::float32 var_query_radius,
    wp::float32 var_sigma,
    wp::float32 var_tolerance,
    wp::array_t<wp::float32> var_roots,
    wp::array_t<wp::int32> var_iterations,
    wp::uint64 adj_collider_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::float32 adj_target,
    wp::float32 adj_query_radius,
    wp::float32 adj_sigma,
    wp::float32 adj_tolerance,
    wp::array_t<wp::float32> adj_roots,
    wp::array_t<wp::int32> adj_iterations)
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
        wp::float32 var_4;
        wp::mesh_query_point_t var_5;
        const wp::float32 var_6 = 0.001;
        bool* var_7;
        bool var_8;
        wp::int32* var_9;
        wp::float32* var_10;
        wp::float32* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::int32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        bool var_21;
        wp::float32 var_22;
        bool var_23;
        const wp::float32 var_24 = 0.5;
        const wp::float32 var_25 = 1.41421356;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.1;
        const wp::float32 var_31 = 1.0;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 1.0;
        wp::float32 var_35;
        const wp::int32 var_36 = 0;
        wp::int32 var_37;
        bool var_38;
        bool var_39;
        const wp::int32 var_40 = 64;
        bool var_41;
        const wp::float32 var_42 = 1.0;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::int32 var_52 = 1;
        wp::int32 var_53;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::mesh_query_point_t adj_5 = {};
        wp::float32 adj_6 = {};
        bool adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::float32 adj_22 = {};
        bool adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        bool adj_38 = {};
        bool adj_39 = {};
        wp::int32 adj_40 = {};
        bool adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        //---------
        // forward
        // def fixed_point_solve(                                                                 <L 8>
        // tid = wp.tid()                                                                         <L 18>
        var_0 = builtin_tid1d();
        // query_point = points[tid]                                                              <L 21>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // sdf = query_radius                                                                     <L 22>
        var_4 = wp::copy(var_query_radius);
        // query = wp.mesh_query_point_sign_normal(collider_mesh, query_point, query_radius)       <L 23>
        var_5 = wp::mesh_query_point_sign_normal(var_collider_mesh, var_2, var_query_radius, var_6);
        // if query.result:                                                                       <L 24>
        var_7 = &((var_5).result);
        var_8 = wp::load(var_7);
        if (var_8) {
            // p_surface = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)       <L 25>
            var_9 = &((var_5).face);
            var_10 = &((var_5).u);
            var_11 = &((var_5).v);
            var_13 = wp::load(var_9);
            var_14 = wp::load(var_10);
            var_15 = wp::load(var_11);
            var_12 = wp::mesh_eval_position(var_collider_mesh, var_13, var_14, var_15);
            // sdf = wp.length(query_point - p_surface) * query.sign                              <L 26>
            var_16 = wp::sub(var_2, var_12);
            var_17 = wp::length(var_16);
            var_18 = &((var_5).sign);
            var_20 = wp::load(var_18);
            var_19 = wp::mul(var_17, var_20);
        }
        var_21 = wp::load(var_7);
        var_23 = wp::load(var_7);
        var_22 = wp::where(var_23, var_19, var_4);
        // omega = wp.clamp(0.5 * wp.erfc(sdf / (1.41421356 * sigma)), 0.1, 1.0)                  <L 28>
        var_26 = wp::mul(var_25, var_sigma);
        var_27 = wp::div(var_22, var_26);
        var_28 = wp::erfc(var_27);
        var_29 = wp::mul(var_24, var_28);
        var_32 = wp::clamp(var_29, var_30, var_31);
        // x = target                                                                             <L 29>
        var_33 = wp::copy(var_target);
        // delta = float(1.0)                                                                     <L 30>
        var_35 = wp::float(var_34);
        // it = int(0)                                                                            <L 31>
        var_37 = wp::int(var_36);
        // while delta > tolerance and it < MAX_ITERS:                                            <L 32>
        // roots[tid] = x                                                                         <L 37>
        // wp::array_store(var_roots, var_0, var_33);
        // iterations[tid] = it                                                                   <L 38>
        // wp::array_store(var_iterations, var_0, var_37);
        //---------
        // reverse
        wp::adj_array_store(var_iterations, var_0, var_37, adj_iterations, adj_0, adj_37);
        // adj: iterations[tid] = it                                                              <L 38>
        wp::adj_array_store(var_roots, var_0, var_33, adj_roots, adj_0, adj_33);
        // adj: roots[tid] = x                                                                    <L 37>
        start_while_0:;
        var_39 = (var_35 > var_tolerance);
        var_38 = var_39;
        if (var_38) {
            var_41 = (var_37 < var_40);
            var_38 = var_38 && var_41;
        }
        if ((var_38) == false) goto end_while_0;
        adj_42 = {};
        adj_43 = {};
        adj_44 = {};
        adj_45 = {};
        adj_46 = {};
        adj_47 = {};
        adj_48 = {};
        adj_49 = {};
        adj_50 = {};
        adj_51 = {};
        adj_52 = {};
        adj_53 = {};
            // x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)                          <L 33>
            var_43 = wp::sub(var_42, var_32);
            var_44 = wp::mul(var_43, var_33);
            var_45 = wp::cos(var_33);
            var_46 = wp::add(var_45, var_target);
            var_47 = wp::mul(var_32, var_46);
            var_48 = wp::add(var_44, var_47);
            // delta = wp.abs(x_next - x)                                                         <L 34>
            var_49 = wp::sub(var_48, var_33);
            var_50 = wp::abs(var_49);
            // x = x_next                                                                         <L 35>
            var_51 = wp::copy(var_48);
            // it += 1                                                                            <L 36>
            var_53 = wp::add(var_37, var_52);
            wp::assign(var_33, var_51);
            wp::assign(var_35, var_50);
            wp::assign(var_37, var_53);
            wp::adj_assign(var_37, var_53, adj_37, adj_53);
            wp::adj_assign(var_35, var_50, adj_35, adj_50);
            wp::adj_assign(var_33, var_51, adj_33, adj_51);
            wp::adj_add(var_37, var_52, adj_37, adj_52, adj_53);
            // adj: it += 1                                                                       <L 36>
            wp::adj_copy(var_48, adj_48, adj_51);
            // adj: x = x_next                                                                    <L 35>
            wp::adj_abs(var_49, adj_49, adj_50);
            wp::adj_sub(var_48, var_33, adj_48, adj_33, adj_49);
            // adj: delta = wp.abs(x_next - x)                                                    <L 34>
            wp::adj_add(var_44, var_47, adj_44, adj_47, adj_48);
            wp::adj_mul(var_32, var_46, adj_32, adj_46, adj_47);
            wp::adj_add(var_45, var_target, adj_45, adj_target, adj_46);
            wp::adj_cos(var_33, adj_33, adj_45);
            wp::adj_mul(var_43, var_33, adj_43, adj_33, adj_44);
            wp::adj_sub(var_42, var_32, adj_42, adj_32, adj_43);
            // adj: x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)                     <L 33>
        goto start_while_0;
        end_while_0:;
        // adj: while delta > tolerance and it < MAX_ITERS:                                       <L 32>
        // adj: it = int(0)                                                                       <L 31>
        wp::adj_float(var_34, adj_34, adj_35);
        // adj: delta = float(1.0)                                                                <L 30>
        wp::adj_copy(var_target, adj_target, adj_33);
        // adj: x = target                                                                        <L 29>
        wp::adj_clamp(var_29, var_30, var_31, adj_29, adj_30, adj_31, adj_32);
        wp::adj_mul(var_24, var_28, adj_24, adj_28, adj_29);
        wp::adj_erfc(var_27, adj_27, adj_28);
        wp::adj_div(var_22, var_26, var_27, adj_22, adj_26, adj_27);
        wp::adj_mul(var_25, var_sigma, adj_25, adj_sigma, adj_26);
        // adj: omega = wp.clamp(0.5 * wp.erfc(sdf / (1.41421356 * sigma)), 0.1, 1.0)             <L 28>
        wp::adj_where(var_23, var_19, var_4, adj_7, adj_19, adj_4, adj_22);
        if (var_21) {
            wp::adj_mul(var_17, var_20, adj_17, adj_18, adj_19);
            adj_5.sign += adj_18;
            wp::adj_length(var_16, var_17, adj_16, adj_17);
            wp::adj_sub(var_2, var_12, adj_2, adj_12, adj_16);
            // adj: sdf = wp.length(query_point - p_surface) * query.sign                         <L 26>
            wp::adj_mesh_eval_position(var_collider_mesh, var_13, var_14, var_15, adj_collider_mesh, adj_9, adj_10, adj_11, adj_12);
            adj_5.v += adj_11;
            adj_5.u += adj_10;
            adj_5.face = adj_9;
            // adj: p_surface = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)  <L 25>
        }
        adj_5.result = adj_7;
        // adj: if query.result:                                                                  <L 24>
        wp::adj_mesh_query_point_sign_normal(var_collider_mesh, var_2, var_query_radius, var_6, var_5, adj_collider_mesh, adj_2, adj_query_radius, adj_6, adj_5);
        // adj: query = wp.mesh_query_point_sign_normal(collider_mesh, query_point, query_radius)  <L 23>
        wp::adj_copy(var_query_radius, adj_query_radius, adj_4);
        // adj: sdf = query_radius                                                                <L 22>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: query_point = points[tid]                                                         <L 21>
        // adj: tid = wp.tid()                                                                    <L 18>
        // adj: def fixed_point_solve(                                                            <L 8>
        continue;
    }
}

