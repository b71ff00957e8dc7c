// Warp 1.19.0 cpu code for cg_iteration_bookkeeping_405ee96b.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_cg_iteration_bookkeeping_08321e4e {
    wp::array_t<wp::float32> b_norm_sq;
    wp::int32 max_iterations;
    wp::array_t<wp::float32> cg_scalars;
    wp::array_t<wp::float32> rz;
    wp::array_t<wp::float32> p_dot_ap;
    wp::array_t<wp::float32> r_norm_sq;
    wp::array_t<wp::int32> cg_iteration;
    wp::array_t<wp::int32> solver_status;
};


template <bool wp_linear_contiguous>
static void cg_iteration_bookkeeping_08321e4e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_cg_iteration_bookkeeping_08321e4e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_b_norm_sq = _wp_args->b_norm_sq;
    wp::int32 var_max_iterations = _wp_args->max_iterations;
    wp::array_t<wp::float32> var_cg_scalars = _wp_args->cg_scalars;
    wp::array_t<wp::float32> var_rz = _wp_args->rz;
    wp::array_t<wp::float32> var_p_dot_ap = _wp_args->p_dot_ap;
    wp::array_t<wp::float32> var_r_norm_sq = _wp_args->r_norm_sq;
    wp::array_t<wp::int32> var_cg_iteration = _wp_args->cg_iteration;
    wp::array_t<wp::int32> var_solver_status = _wp_args->solver_status;
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
    const wp::int32 var_31 = 0;
    const wp::float32 var_32 = 1e-05;
    const wp::float32 var_33 = 1e-05;
    wp::float32 var_34;
    const wp::int32 var_35 = 0;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    bool var_39;
    const wp::int32 var_40 = 1;
    const wp::int32 var_41 = 0;
    const wp::int32 var_42 = 1;
    wp::int32 var_43;
    bool var_44;
    const wp::int32 var_45 = 2;
    const wp::int32 var_46 = 0;
    const wp::int32 var_47 = 1;
    wp::int32 var_48;
    const wp::int32 var_49 = 0;
    //---------
    // forward
    // def cg_iteration_bookkeeping(                                                          <L 12>
    // if solver_status[0] != SolverStatus.RUNNING:                                           <L 22>
    var_1 = wp::address(var_solver_status, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 23>
        return;
    }
    // it = cg_iteration[0]                                                                   <L 24>
    var_6 = wp::address(var_cg_iteration, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // rz_old = rz[0]                                                                         <L 25>
    var_10 = wp::address(var_rz, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // pap = p_dot_ap[0]                                                                      <L 26>
    var_14 = wp::address(var_p_dot_ap, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // if wp.abs(pap) < 1.0e-20:                                                              <L 28>
    var_17 = wp::abs(var_15);
    var_19 = (var_17 < var_18);
    if (var_19) {
        // solver_status[0] = SolverStatus.BREAKDOWN                                          <L 29>
        wp::array_store(var_solver_status, var_21, var_20);
        // return                                                                             <L 30>
        return;
    }
    // cg_scalars[0] = rz_old / pap                                                           <L 31>
    var_22 = wp::div(var_11, var_15);
    wp::array_store(var_cg_scalars, var_23, var_22);
    // p_dot_ap[0] = 0.0                                                                      <L 32>
    wp::array_store(var_p_dot_ap, var_25, var_24);
    // res_sq = r_norm_sq[0]                                                                  <L 33>
    var_27 = wp::address(var_r_norm_sq, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // r_norm_sq[0] = 0.0                                                                     <L 34>
    wp::array_store(var_r_norm_sq, var_31, var_30);
    // if res_sq <= 1.0e-5 * 1.0e-5 * b_norm_sq[0]:                                           <L 35>
    var_34 = wp::mul(var_32, var_33);
    var_36 = wp::address(var_b_norm_sq, var_35);
    var_38 = wp::load(var_36);
    var_37 = wp::mul(var_34, var_38);
    var_39 = (var_28 <= var_37);
    if (var_39) {
        // solver_status[0] = SolverStatus.CONVERGED                                          <L 36>
        wp::array_store(var_solver_status, var_41, var_40);
    }
    if (!var_39) {
        // elif it + 1 >= max_iterations:                                                     <L 37>
        var_43 = wp::add(var_7, var_42);
        var_44 = (var_43 >= var_max_iterations);
        if (var_44) {
            // solver_status[0] = SolverStatus.MAX_ITERATIONS                                 <L 38>
            wp::array_store(var_solver_status, var_46, var_45);
        }
    }
    // cg_iteration[0] = it + 1                                                               <L 39>
    var_48 = wp::add(var_7, var_47);
    wp::array_store(var_cg_iteration, var_49, var_48);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void cg_iteration_bookkeeping_08321e4e_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_cg_iteration_bookkeeping_08321e4e *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        cg_iteration_bookkeeping_08321e4e_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void cg_iteration_bookkeeping_08321e4e_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_cg_iteration_bookkeeping_08321e4e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    cg_iteration_bookkeeping_08321e4e_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void cg_iteration_bookkeeping_08321e4e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_cg_iteration_bookkeeping_08321e4e *_wp_args)
{
    cg_iteration_bookkeeping_08321e4e_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

