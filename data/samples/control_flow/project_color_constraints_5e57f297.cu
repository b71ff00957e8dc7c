// Warp 1.19.0 cuda code for project_color_constraints_5e57f297.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void project_color_constraints_648f9a42_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_color_constraints,
    wp::array_t<wp::int32> var_constraint_indices,
    wp::array_t<wp::int32> var_constraint_type,
    wp::array_t<wp::float32> var_rest_distance,
    wp::array_t<wp::float32> var_compliance,
    wp::array_t<wp::float32> var_inv_masses,
    wp::int32 var_color_offset,
    wp::int32 var_color_count,
    wp::float32 var_delta_time,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_lambdas,
    wp::array_t<wp::vec_t<3, wp::float32>> var_deltas)
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
        wp::int32 var_2;
        wp::int32* var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 2;
        wp::int32 var_7;
        wp::int32* var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 2;
        wp::int32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::int32* var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        bool var_26;
        wp::vec_t<3, wp::float32>* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32 var_34;
        const wp::float32 var_35 = 1e-06;
        bool var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::int32* var_40;
        wp::int32 var_41;
        wp::int32 var_42;
        const wp::int32 var_43 = 1;
        bool var_44;
        const wp::float32 var_45 = 0.0;
        wp::float32 var_46;
        const wp::int32 var_47 = 2;
        bool var_48;
        const wp::float32 var_49 = 0.0;
        wp::float32 var_50;
        const wp::int32 var_51 = 0;
        bool var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::float32* var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32* var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::vec_t<3, wp::float32> var_71;
        wp::vec_t<3, wp::float32> var_72;
        wp::vec_t<3, wp::float32> var_73;
        //---------
        // forward
        // def project_color_constraints(                                                         <L 18>
        // tid = wp.tid()                                                                         <L 32>
        var_0 = builtin_tid1d();
        // if tid >= color_count:                                                                 <L 33>
        var_1 = (var_0 >= var_color_count);
        if (var_1) {
            // return                                                                             <L 34>
            continue;
        }
        // c = color_constraints[color_offset + tid]                                              <L 35>
        var_2 = wp::add(var_color_offset, var_0);
        var_3 = wp::address(var_color_constraints, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // a = constraint_indices[2 * c]                                                          <L 36>
        var_7 = wp::mul(var_6, var_4);
        var_8 = wp::address(var_constraint_indices, var_7);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // b = constraint_indices[2 * c + 1]                                                      <L 37>
        var_12 = wp::mul(var_11, var_4);
        var_14 = wp::add(var_12, var_13);
        var_15 = wp::address(var_constraint_indices, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // w_a = inv_masses[a]                                                                    <L 38>
        var_18 = wp::address(var_inv_masses, var_9);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // w_b = inv_masses[b]                                                                    <L 39>
        var_21 = wp::address(var_inv_masses, var_16);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // w_sum = w_a + w_b                                                                      <L 40>
        var_24 = wp::add(var_19, var_22);
        // if w_sum == 0.0:                                                                       <L 41>
        var_26 = (var_24 == var_25);
        if (var_26) {
            // return                                                                             <L 42>
            continue;
        }
        // x_a = positions[a]                                                                     <L 43>
        var_27 = wp::address(var_positions, var_9);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // x_b = positions[b]                                                                     <L 44>
        var_30 = wp::address(var_positions, var_16);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // d = x_a - x_b                                                                          <L 45>
        var_33 = wp::sub(var_28, var_31);
        // length = wp.length(d)                                                                  <L 46>
        var_34 = wp::length(var_33);
        // if length < 1.0e-6:                                                                    <L 47>
        var_36 = (var_34 < var_35);
        if (var_36) {
            // return                                                                             <L 48>
            continue;
        }
        // err = length - rest_distance[c]                                                        <L 49>
        var_37 = wp::address(var_rest_distance, var_4);
        var_39 = wp::load(var_37);
        var_38 = wp::sub(var_34, var_39);
        // kind = constraint_type[c]                                                              <L 50>
        var_40 = wp::address(var_constraint_type, var_4);
        var_42 = wp::load(var_40);
        var_41 = wp::copy(var_42);
        // if kind == ConstraintKind.TETHER:                                                      <L 51>
        var_44 = (var_41 == var_43);
        if (var_44) {
            // err = wp.max(err, 0.0)                                                             <L 52>
            var_46 = wp::max(var_38, var_45);
        }
        if (!var_44) {
            // elif kind == ConstraintKind.MIN_DISTANCE:                                          <L 53>
            var_48 = (var_41 == var_47);
            if (var_48) {
                // err = wp.min(err, 0.0)                                                         <L 54>
                var_50 = wp::min(var_38, var_49);
            }
            if (!var_48) {
                // elif kind != ConstraintKind.DISTANCE:                                          <L 55>
                var_52 = (var_41 != var_51);
                if (var_52) {
                    // return                                                                     <L 56>
                    continue;
                }
            }
            var_53 = wp::where(var_48, var_50, var_38);
        }
        var_54 = wp::where(var_44, var_46, var_53);
        // n = d / length                                                                         <L 57>
        var_55 = wp::div(var_33, var_34);
        // alpha_tilde = compliance[c] / (delta_time * delta_time)                                <L 58>
        var_56 = wp::address(var_compliance, var_4);
        var_57 = wp::mul(var_delta_time, var_delta_time);
        var_59 = wp::load(var_56);
        var_58 = wp::div(var_59, var_57);
        // lam = lambdas[c]                                                                       <L 59>
        var_60 = wp::address(var_lambdas, var_4);
        var_62 = wp::load(var_60);
        var_61 = wp::copy(var_62);
        // d_lambda = (-err - alpha_tilde * lam) / (w_sum + alpha_tilde)                          <L 60>
        var_63 = wp::neg(var_54);
        var_64 = wp::mul(var_58, var_61);
        var_65 = wp::sub(var_63, var_64);
        var_66 = wp::add(var_24, var_58);
        var_67 = wp::div(var_65, var_66);
        // lambdas[c] = lam + d_lambda                                                            <L 61>
        var_68 = wp::add(var_61, var_67);
        wp::array_store(var_lambdas, var_4, var_68);
        // corr = n * d_lambda                                                                    <L 62>
        var_69 = wp::mul(var_55, var_67);
        // wp.atomic_add(deltas, a, corr * w_a)                                                   <L 63>
        var_70 = wp::mul(var_69, var_19);
        var_71 = wp::atomic_add(var_deltas, var_9, var_70);
        // wp.atomic_sub(deltas, b, corr * w_b)                                                   <L 64>
        var_72 = wp::mul(var_69, var_22);
        var_73 = wp::atomic_sub(var_deltas, var_16, var_72);
    }
}



extern "C" __global__ void cg_update_scalars_91f1bb78_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_b_norm_sq,
    wp::array_t<wp::float32> var_step_coeffs,
    wp::array_t<wp::float32> var_r_dot_z,
    wp::array_t<wp::float32> var_rz_new,
    wp::array_t<wp::float32> var_residual_norm_sq,
    wp::array_t<wp::int32> var_iteration,
    wp::array_t<wp::int32> var_status,
    wp::int32 var_restart_every)
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
        const wp::int32 var_0 = 0;
        wp::int32* var_1;
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::int32 var_20;
        const wp::int32 var_21 = 0;
        bool var_22;
        const wp::float32 var_23 = 0.0;
        wp::float32 var_24;
        const wp::int32 var_25 = 1;
        const wp::int32 var_26 = 0;
        const wp::float32 var_27 = 0.0;
        const wp::int32 var_28 = 0;
        const wp::int32 var_29 = 0;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::float32 var_33 = 0.0;
        const wp::int32 var_34 = 0;
        const wp::float32 var_35 = 1e-06;
        const wp::float32 var_36 = 1e-06;
        wp::float32 var_37;
        const wp::int32 var_38 = 0;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        bool var_42;
        const wp::int32 var_43 = 1;
        const wp::int32 var_44 = 0;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        const wp::int32 var_47 = 0;
        //---------
        // forward
        // def cg_update_scalars(                                                                 <L 68>
        // if status[0] != SolverStatus.RUNNING:                                                  <L 78>
        var_1 = wp::address(var_status, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 79>
            continue;
        }
        // it = iteration[0]                                                                      <L 80>
        var_6 = wp::address(var_iteration, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // rz_old = r_dot_z[0]                                                                    <L 81>
        var_10 = wp::address(var_r_dot_z, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // rz_next = rz_new[0]                                                                    <L 82>
        var_14 = wp::address(var_rz_new, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // beta = rz_next / rz_old                                                                <L 83>
        var_17 = wp::div(var_15, var_11);
        // if (it + 1) % restart_every == 0:                                                      <L 84>
        var_19 = wp::add(var_7, var_18);
        var_20 = wp::mod(var_19, var_restart_every);
        var_22 = (var_20 == var_21);
        if (var_22) {
            // beta = 0.0                                                                         <L 85>
        }
        var_24 = wp::where(var_22, var_23, var_17);
        // step_coeffs[1] = beta                                                                  <L 86>
        wp::array_store(var_step_coeffs, var_25, var_24);
        // r_dot_z[0] = rz_next                                                                   <L 87>
        wp::array_store(var_r_dot_z, var_26, var_15);
        // rz_new[0] = 0.0                                                                        <L 88>
        wp::array_store(var_rz_new, var_28, var_27);
        // res_sq = residual_norm_sq[0]                                                           <L 89>
        var_30 = wp::address(var_residual_norm_sq, var_29);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // residual_norm_sq[0] = 0.0                                                              <L 90>
        wp::array_store(var_residual_norm_sq, var_34, var_33);
        // if res_sq <= 1.0e-6 * 1.0e-6 * b_norm_sq[0]:                                           <L 91>
        var_37 = wp::mul(var_35, var_36);
        var_39 = wp::address(var_b_norm_sq, var_38);
        var_41 = wp::load(var_39);
        var_40 = wp::mul(var_37, var_41);
        var_42 = (var_31 <= var_40);
        if (var_42) {
            // status[0] = SolverStatus.CONVERGED                                                 <L 92>
            wp::array_store(var_status, var_44, var_43);
        }
        // iteration[0] = it + 1                                                                  <L 93>
        var_46 = wp::add(var_7, var_45);
        wp::array_store(var_iteration, var_47, var_46);
    }
}

