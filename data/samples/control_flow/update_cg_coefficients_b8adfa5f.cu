// Warp 1.19.0 cuda code for update_cg_coefficients_b8adfa5f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void update_cg_coefficients_2ab0e532_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_b_norm_sq,
    wp::array_t<wp::float32> var_residual_log,
    wp::array_t<wp::float32> var_best_residual_sq,
    wp::array_t<wp::int32> var_best_iteration,
    wp::array_t<wp::float32> var_step_coeffs,
    wp::array_t<wp::float32> var_rz,
    wp::array_t<wp::float32> var_rz_new,
    wp::array_t<wp::float32> var_pAp,
    wp::array_t<wp::float32> var_residual_norm_sq,
    wp::array_t<wp::int32> var_iter_count,
    wp::array_t<wp::int32> var_converged,
    wp::float32 var_tolerance,
    wp::int32 var_iteration_limit)
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
        const wp::float32 var_18 = 1e-20;
        bool var_19;
        const wp::int32 var_20 = 3;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        const wp::int32 var_23 = 0;
        const wp::float32 var_24 = 0.0;
        const wp::int32 var_25 = 0;
        const wp::int32 var_26 = 0;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.0;
        bool var_31;
        const wp::int32 var_32 = 3;
        const wp::int32 var_33 = 0;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        const wp::int32 var_36 = 0;
        const wp::float32 var_37 = 0.0;
        const wp::int32 var_38 = 0;
        const wp::int32 var_39 = 0;
        wp::float32* var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::float32 var_43 = 0.0;
        const wp::int32 var_44 = 0;
        wp::float32 var_45;
        const wp::int32 var_46 = 32;
        wp::int32 var_47;
        const wp::int32 var_48 = 0;
        wp::float32* var_49;
        bool var_50;
        wp::float32 var_51;
        const wp::int32 var_52 = 0;
        const wp::int32 var_53 = 0;
        wp::float32 var_54;
        const wp::int32 var_55 = 0;
        wp::float32* var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        bool var_59;
        const wp::int32 var_60 = 1;
        const wp::int32 var_61 = 0;
        const wp::int32 var_62 = 1;
        wp::int32 var_63;
        bool var_64;
        const wp::int32 var_65 = 2;
        const wp::int32 var_66 = 0;
        const wp::int32 var_67 = 1;
        wp::int32 var_68;
        const wp::int32 var_69 = 0;
        //---------
        // forward
        // def update_cg_coefficients(                                                            <L 15>
        // if converged[0] != SolverStatus.RUNNING:                                               <L 30>
        var_1 = wp::address(var_converged, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 31>
            continue;
        }
        // it = iter_count[0]                                                                     <L 32>
        var_6 = wp::address(var_iter_count, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // rz_old = rz[0]                                                                         <L 33>
        var_10 = wp::address(var_rz, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // pap = pAp[0]                                                                           <L 34>
        var_14 = wp::address(var_pAp, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // if wp.abs(pap) < 1.0e-20:                                                              <L 36>
        var_17 = wp::abs(var_15);
        var_19 = (var_17 < var_18);
        if (var_19) {
            // converged[0] = SolverStatus.BREAKDOWN                                              <L 37>
            wp::array_store(var_converged, var_21, var_20);
            // return                                                                             <L 38>
            continue;
        }
        // step_coeffs[0] = rz_old / pap                                                          <L 39>
        var_22 = wp::div(var_11, var_15);
        wp::array_store(var_step_coeffs, var_23, var_22);
        // pAp[0] = 0.0                                                                           <L 40>
        wp::array_store(var_pAp, var_25, var_24);
        // rz_next = rz_new[0]                                                                    <L 41>
        var_27 = wp::address(var_rz_new, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // if rz_old == 0.0:                                                                      <L 42>
        var_31 = (var_11 == var_30);
        if (var_31) {
            // converged[0] = SolverStatus.BREAKDOWN                                              <L 43>
            wp::array_store(var_converged, var_33, var_32);
            // return                                                                             <L 44>
            continue;
        }
        // step_coeffs[1] = rz_next / rz_old                                                      <L 45>
        var_34 = wp::div(var_28, var_11);
        wp::array_store(var_step_coeffs, var_35, var_34);
        // rz[0] = rz_next                                                                        <L 46>
        wp::array_store(var_rz, var_36, var_28);
        // rz_new[0] = 0.0                                                                        <L 47>
        wp::array_store(var_rz_new, var_38, var_37);
        // res_sq = residual_norm_sq[0]                                                           <L 48>
        var_40 = wp::address(var_residual_norm_sq, var_39);
        var_42 = wp::load(var_40);
        var_41 = wp::copy(var_42);
        // residual_norm_sq[0] = 0.0                                                              <L 49>
        wp::array_store(var_residual_norm_sq, var_44, var_43);
        // residual_log[it % RESIDUAL_HISTORY] = wp.sqrt(res_sq)                                  <L 50>
        var_45 = wp::sqrt(var_41);
        var_47 = wp::mod(var_7, var_46);
        wp::array_store(var_residual_log, var_47, var_45);
        // if res_sq < best_residual_sq[0]:                                                       <L 52>
        var_49 = wp::address(var_best_residual_sq, var_48);
        var_51 = wp::load(var_49);
        var_50 = (var_41 < var_51);
        if (var_50) {
            // best_residual_sq[0] = res_sq                                                       <L 53>
            wp::array_store(var_best_residual_sq, var_52, var_41);
            // best_iteration[0] = it                                                             <L 54>
            wp::array_store(var_best_iteration, var_53, var_7);
        }
        // if res_sq <= tolerance * tolerance * b_norm_sq[0]:                                     <L 55>
        var_54 = wp::mul(var_tolerance, var_tolerance);
        var_56 = wp::address(var_b_norm_sq, var_55);
        var_58 = wp::load(var_56);
        var_57 = wp::mul(var_54, var_58);
        var_59 = (var_41 <= var_57);
        if (var_59) {
            // converged[0] = SolverStatus.CONVERGED                                              <L 56>
            wp::array_store(var_converged, var_61, var_60);
        }
        if (!var_59) {
            // elif it + 1 >= iteration_limit:                                                    <L 57>
            var_63 = wp::add(var_7, var_62);
            var_64 = (var_63 >= var_iteration_limit);
            if (var_64) {
                // converged[0] = SolverStatus.MAX_ITERATIONS                                     <L 58>
                wp::array_store(var_converged, var_66, var_65);
            }
        }
        // iter_count[0] = it + 1                                                                 <L 59>
        var_68 = wp::add(var_7, var_67);
        wp::array_store(var_iter_count, var_69, var_68);
    }
}

