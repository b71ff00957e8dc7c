// Warp 1.19.0 cuda code for iterate_to_convergence_315857b6.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// iterate_to_convergence.py:4
static CUDA_CALLABLE wp::float32 capsule_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius,
    wp::float32 var_half_height)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def capsule_sdf(p: wp.vec3, radius: float, half_height: float):                        <L 5>
    // axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)              <L 7>
    var_2 = wp::extract(var_p, var_1);
    var_3 = wp::neg(var_half_height);
    var_4 = wp::clamp(var_2, var_3, var_half_height);
    var_6 = wp::vec_t<3, wp::float32>(var_0, var_4, var_5);
    // return wp.length(p - axis_point) - radius                                              <L 8>
    var_7 = wp::sub(var_p, var_6);
    var_8 = wp::length(var_7);
    var_9 = wp::sub(var_8, var_radius);
    return var_9;
}


// iterate_to_convergence.py:4
static CUDA_CALLABLE void adj_capsule_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius,
    wp::float32 var_half_height,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_radius,
    wp::float32 & adj_half_height,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def capsule_sdf(p: wp.vec3, radius: float, half_height: float):                        <L 5>
    // axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)              <L 7>
    var_2 = wp::extract(var_p, var_1);
    var_3 = wp::neg(var_half_height);
    var_4 = wp::clamp(var_2, var_3, var_half_height);
    var_6 = wp::vec_t<3, wp::float32>(var_0, var_4, var_5);
    // return wp.length(p - axis_point) - radius                                              <L 8>
    var_7 = wp::sub(var_p, var_6);
    var_8 = wp::length(var_7);
    var_9 = wp::sub(var_8, var_radius);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    wp::adj_sub(var_8, var_radius, adj_8, adj_radius, adj_9);
    wp::adj_length(var_7, var_8, adj_7, adj_8);
    wp::adj_sub(var_p, var_6, adj_p, adj_6, adj_7);
    // adj: return wp.length(p - axis_point) - radius                                         <L 8>
    wp::adj_vec_t(var_0, var_4, var_5, adj_0, adj_4, adj_5, adj_6);
    wp::adj_clamp(var_2, var_3, var_half_height, adj_2, adj_3, adj_half_height, adj_4);
    wp::adj_neg(var_half_height, adj_half_height, adj_3);
    wp::adj_extract(var_p, var_1, adj_p, adj_1, adj_2);
    // adj: axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)         <L 7>
    // adj: def capsule_sdf(p: wp.vec3, radius: float, half_height: float):                   <L 5>
    return;
}



extern "C" __global__ void iterate_to_convergence_9929fe4c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_rhs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_points_local,
    wp::array_t<wp::float32> var_particle_radius,
    wp::float32 var_half_height,
    wp::float32 var_sigma,
    wp::float32 var_tol,
    wp::array_t<wp::float32> var_solution,
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.5;
        const wp::float32 var_8 = 1.41421356;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.1;
        const wp::float32 var_14 = 1.0;
        wp::float32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::float32 var_19 = 1.0;
        wp::float32 var_20;
        const wp::int32 var_21 = 0;
        wp::int32 var_22;
        bool var_23;
        bool var_24;
        const wp::int32 var_25 = 64;
        bool var_26;
        const wp::float32 var_27 = 1.0;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        //---------
        // forward
        // def iterate_to_convergence(                                                            <L 15>
        // tid = wp.tid()                                                                         <L 25>
        var_0 = builtin_tid1d();
        // p_local = contact_points_local[tid]                                                    <L 26>
        var_1 = wp::address(var_contact_points_local, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // sdf = capsule_sdf(p_local, particle_radius[tid], half_height)                          <L 27>
        var_4 = wp::address(var_particle_radius, var_0);
        var_6 = wp::load(var_4);
        var_5 = capsule_sdf_0(var_2, var_6, var_half_height);
        // omega = wp.clamp(0.5 * wp.erfc(sdf / (1.41421356 * sigma)), 0.1, 1.0)                  <L 29>
        var_9 = wp::mul(var_8, var_sigma);
        var_10 = wp::div(var_5, var_9);
        var_11 = wp::erfc(var_10);
        var_12 = wp::mul(var_7, var_11);
        var_15 = wp::clamp(var_12, var_13, var_14);
        // x = rhs[tid]                                                                           <L 30>
        var_16 = wp::address(var_rhs, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // delta = float(1.0)                                                                     <L 31>
        var_20 = wp::float(var_19);
        // it = int(0)                                                                            <L 32>
        var_22 = wp::int(var_21);
        // while delta > tol and it < MAX_ITERS:                                                  <L 33>
        start_while_0:;
        var_24 = (var_20 > var_tol);
        var_23 = var_24;
        if (var_23) {
            var_26 = (var_22 < var_25);
            var_23 = var_23 && var_26;
        }
        if ((var_23) == false) goto end_while_0;
            // x_next = (1.0 - omega) * x + omega * (wp.cos(x) + rhs[tid])                        <L 34>
            var_28 = wp::sub(var_27, var_15);
            var_29 = wp::mul(var_28, var_17);
            var_30 = wp::cos(var_17);
            var_31 = wp::address(var_rhs, var_0);
            var_33 = wp::load(var_31);
            var_32 = wp::add(var_30, var_33);
            var_34 = wp::mul(var_15, var_32);
            var_35 = wp::add(var_29, var_34);
            // delta = wp.abs(x_next - x)                                                         <L 35>
            var_36 = wp::sub(var_35, var_17);
            var_37 = wp::abs(var_36);
            // x = x_next                                                                         <L 36>
            var_38 = wp::copy(var_35);
            // it += 1                                                                            <L 37>
            var_40 = wp::add(var_22, var_39);
            wp::assign(var_17, var_38);
            wp::assign(var_20, var_37);
            wp::assign(var_22, var_40);
        goto start_while_0;
        end_while_0:;
        // solution[tid] = x                                                                      <L 38>
        wp::array_store(var_solution, var_0, var_17);
        // iterations[tid] = it                                                                   <L 39>
        wp::array_store(var_iterations, var_0, var_22);
    }
}



extern "C" __global__ void iterate_to_convergence_9929fe4c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_rhs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_points_local,
    wp::array_t<wp::float32> var_particle_radius,
    wp::float32 var_half_height,
    wp::float32 var_sigma,
    wp::float32 var_tol,
    wp::array_t<wp::float32> var_solution,
    wp::array_t<wp::int32> var_iterations,
    wp::array_t<wp::float32> adj_rhs,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contact_points_local,
    wp::array_t<wp::float32> adj_particle_radius,
    wp::float32 adj_half_height,
    wp::float32 adj_sigma,
    wp::float32 adj_tol,
    wp::array_t<wp::float32> adj_solution,
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.5;
        const wp::float32 var_8 = 1.41421356;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.1;
        const wp::float32 var_14 = 1.0;
        wp::float32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::float32 var_19 = 1.0;
        wp::float32 var_20;
        const wp::int32 var_21 = 0;
        wp::int32 var_22;
        bool var_23;
        bool var_24;
        const wp::int32 var_25 = 64;
        bool var_26;
        const wp::float32 var_27 = 1.0;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        bool adj_23 = {};
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        bool adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        //---------
        // forward
        // def iterate_to_convergence(                                                            <L 15>
        // tid = wp.tid()                                                                         <L 25>
        var_0 = builtin_tid1d();
        // p_local = contact_points_local[tid]                                                    <L 26>
        var_1 = wp::address(var_contact_points_local, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // sdf = capsule_sdf(p_local, particle_radius[tid], half_height)                          <L 27>
        var_4 = wp::address(var_particle_radius, var_0);
        var_6 = wp::load(var_4);
        var_5 = capsule_sdf_0(var_2, var_6, var_half_height);
        // omega = wp.clamp(0.5 * wp.erfc(sdf / (1.41421356 * sigma)), 0.1, 1.0)                  <L 29>
        var_9 = wp::mul(var_8, var_sigma);
        var_10 = wp::div(var_5, var_9);
        var_11 = wp::erfc(var_10);
        var_12 = wp::mul(var_7, var_11);
        var_15 = wp::clamp(var_12, var_13, var_14);
        // x = rhs[tid]                                                                           <L 30>
        var_16 = wp::address(var_rhs, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // delta = float(1.0)                                                                     <L 31>
        var_20 = wp::float(var_19);
        // it = int(0)                                                                            <L 32>
        var_22 = wp::int(var_21);
        // while delta > tol and it < MAX_ITERS:                                                  <L 33>
        // solution[tid] = x                                                                      <L 38>
        // wp::array_store(var_solution, var_0, var_17);
        // iterations[tid] = it                                                                   <L 39>
        // wp::array_store(var_iterations, var_0, var_22);
        //---------
        // reverse
        wp::adj_array_store(var_iterations, var_0, var_22, adj_iterations, adj_0, adj_22);
        // adj: iterations[tid] = it                                                              <L 39>
        wp::adj_array_store(var_solution, var_0, var_17, adj_solution, adj_0, adj_17);
        // adj: solution[tid] = x                                                                 <L 38>
        start_while_0:;
        var_24 = (var_20 > var_tol);
        var_23 = var_24;
        if (var_23) {
            var_26 = (var_22 < var_25);
            var_23 = var_23 && var_26;
        }
        if ((var_23) == false) goto end_while_0;
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
        adj_37 = {};
        adj_38 = {};
        adj_39 = {};
        adj_40 = {};
            // x_next = (1.0 - omega) * x + omega * (wp.cos(x) + rhs[tid])                        <L 34>
            var_28 = wp::sub(var_27, var_15);
            var_29 = wp::mul(var_28, var_17);
            var_30 = wp::cos(var_17);
            var_31 = wp::address(var_rhs, var_0);
            var_33 = wp::load(var_31);
            var_32 = wp::add(var_30, var_33);
            var_34 = wp::mul(var_15, var_32);
            var_35 = wp::add(var_29, var_34);
            // delta = wp.abs(x_next - x)                                                         <L 35>
            var_36 = wp::sub(var_35, var_17);
            var_37 = wp::abs(var_36);
            // x = x_next                                                                         <L 36>
            var_38 = wp::copy(var_35);
            // it += 1                                                                            <L 37>
            var_40 = wp::add(var_22, var_39);
            wp::assign(var_17, var_38);
            wp::assign(var_20, var_37);
            wp::assign(var_22, var_40);
            wp::adj_assign(var_22, var_40, adj_22, adj_40);
            wp::adj_assign(var_20, var_37, adj_20, adj_37);
            wp::adj_assign(var_17, var_38, adj_17, adj_38);
            wp::adj_add(var_22, var_39, adj_22, adj_39, adj_40);
            // adj: it += 1                                                                       <L 37>
            wp::adj_copy(var_35, adj_35, adj_38);
            // adj: x = x_next                                                                    <L 36>
            wp::adj_abs(var_36, adj_36, adj_37);
            wp::adj_sub(var_35, var_17, adj_35, adj_17, adj_36);
            // adj: delta = wp.abs(x_next - x)                                                    <L 35>
            wp::adj_add(var_29, var_34, adj_29, adj_34, adj_35);
            wp::adj_mul(var_15, var_32, adj_15, adj_32, adj_34);
            wp::adj_add(var_30, var_33, adj_30, adj_31, adj_32);
            wp::adj_address(var_rhs, var_0, adj_rhs, adj_0, adj_31);
            wp::adj_cos(var_17, adj_17, adj_30);
            wp::adj_mul(var_28, var_17, adj_28, adj_17, adj_29);
            wp::adj_sub(var_27, var_15, adj_27, adj_15, adj_28);
            // adj: x_next = (1.0 - omega) * x + omega * (wp.cos(x) + rhs[tid])                   <L 34>
        goto start_while_0;
        end_while_0:;
        // adj: while delta > tol and it < MAX_ITERS:                                             <L 33>
        // adj: it = int(0)                                                                       <L 32>
        wp::adj_float(var_19, adj_19, adj_20);
        // adj: delta = float(1.0)                                                                <L 31>
        wp::adj_copy(var_18, adj_16, adj_17);
        wp::adj_address(var_rhs, var_0, adj_rhs, adj_0, adj_16);
        // adj: x = rhs[tid]                                                                      <L 30>
        wp::adj_clamp(var_12, var_13, var_14, adj_12, adj_13, adj_14, adj_15);
        wp::adj_mul(var_7, var_11, adj_7, adj_11, adj_12);
        wp::adj_erfc(var_10, adj_10, adj_11);
        wp::adj_div(var_5, var_9, var_10, adj_5, adj_9, adj_10);
        wp::adj_mul(var_8, var_sigma, adj_8, adj_sigma, adj_9);
        // adj: omega = wp.clamp(0.5 * wp.erfc(sdf / (1.41421356 * sigma)), 0.1, 1.0)             <L 29>
        adj_capsule_sdf_0(var_2, var_6, var_half_height, adj_2, adj_4, adj_half_height, adj_5);
        wp::adj_address(var_particle_radius, var_0, adj_particle_radius, adj_0, adj_4);
        // adj: sdf = capsule_sdf(p_local, particle_radius[tid], half_height)                     <L 27>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_contact_points_local, var_0, adj_contact_points_local, adj_0, adj_1);
        // adj: p_local = contact_points_local[tid]                                               <L 26>
        // adj: tid = wp.tid()                                                                    <L 25>
        // adj: def iterate_to_convergence(                                                       <L 15>
        continue;
    }
}

