// Warp 1.19.0 cuda code for cg_iteration_bookkeeping_d70dcf9c.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void cg_iteration_bookkeeping_ca1dfd30_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_b_norm_sq,
    wp::float32 var_tol,
    wp::int32 var_max_iters,
    wp::array_t<wp::float32> var_residual_history,
    wp::array_t<wp::float32> var_cg_scalars,
    wp::array_t<wp::float32> var_r_dot_z,
    wp::array_t<wp::float32> var_rz_new,
    wp::array_t<wp::float32> var_residual_norm_sq,
    wp::array_t<wp::int32> var_iteration,
    wp::array_t<wp::int32> var_status)
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
        const wp::int32 var_19 = 0;
        const wp::float32 var_20 = 0.0;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 0;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        const wp::int32 var_27 = 0;
        wp::float32 var_28;
        const wp::int32 var_29 = 32;
        wp::int32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 0;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        bool var_36;
        const wp::int32 var_37 = 1;
        const wp::int32 var_38 = 0;
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        bool var_41;
        const wp::int32 var_42 = 2;
        const wp::int32 var_43 = 0;
        const wp::int32 var_44 = 1;
        wp::int32 var_45;
        const wp::int32 var_46 = 0;
        //---------
        // forward
        // def cg_iteration_bookkeeping(                                                          <L 14>
        // if status[0] != SolverStatus.RUNNING:                                                  <L 26>
        var_1 = wp::address(var_status, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 27>
            continue;
        }
        // it = iteration[0]                                                                      <L 28>
        var_6 = wp::address(var_iteration, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // rz_old = r_dot_z[0]                                                                    <L 29>
        var_10 = wp::address(var_r_dot_z, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // rz_next = rz_new[0]                                                                    <L 30>
        var_14 = wp::address(var_rz_new, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // cg_scalars[1] = rz_next / rz_old                                                       <L 31>
        var_17 = wp::div(var_15, var_11);
        wp::array_store(var_cg_scalars, var_18, var_17);
        // r_dot_z[0] = rz_next                                                                   <L 32>
        wp::array_store(var_r_dot_z, var_19, var_15);
        // rz_new[0] = 0.0                                                                        <L 33>
        wp::array_store(var_rz_new, var_21, var_20);
        // res_sq = residual_norm_sq[0]                                                           <L 34>
        var_23 = wp::address(var_residual_norm_sq, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // residual_norm_sq[0] = 0.0                                                              <L 35>
        wp::array_store(var_residual_norm_sq, var_27, var_26);
        // residual_history[it % RESIDUAL_HISTORY] = wp.sqrt(res_sq)                              <L 36>
        var_28 = wp::sqrt(var_24);
        var_30 = wp::mod(var_7, var_29);
        wp::array_store(var_residual_history, var_30, var_28);
        // if res_sq <= tol * tol * b_norm_sq[0]:                                                 <L 37>
        var_31 = wp::mul(var_tol, var_tol);
        var_33 = wp::address(var_b_norm_sq, var_32);
        var_35 = wp::load(var_33);
        var_34 = wp::mul(var_31, var_35);
        var_36 = (var_24 <= var_34);
        if (var_36) {
            // status[0] = SolverStatus.CONVERGED                                                 <L 38>
            wp::array_store(var_status, var_38, var_37);
        }
        if (!var_36) {
            // elif it + 1 >= max_iters:                                                          <L 39>
            var_40 = wp::add(var_7, var_39);
            var_41 = (var_40 >= var_max_iters);
            if (var_41) {
                // status[0] = SolverStatus.MAX_ITERATIONS                                        <L 40>
                wp::array_store(var_status, var_43, var_42);
            }
        }
        // iteration[0] = it + 1                                                                  <L 41>
        var_45 = wp::add(var_7, var_44);
        wp::array_store(var_iteration, var_46, var_45);
    }
}

