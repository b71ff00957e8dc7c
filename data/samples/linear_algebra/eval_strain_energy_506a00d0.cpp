// Warp 1.19.0 cpu code for eval_strain_energy_506a00d0.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_eval_strain_energy_3fb4def3 {
    wp::array_t<wp::float32> inv_masses;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> def_grads;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> strains;
    wp::array_t<wp::float32> k_mu;
    wp::float32 k_lambda;
    wp::array_t<wp::float32> psi;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> pk1;
};


template <bool wp_linear_contiguous>
static void eval_strain_energy_3fb4def3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_strain_energy_3fb4def3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_eval_strain_energy_3fb4def3 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.def_grads.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.strains.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.k_mu.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.psi.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.pk1.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_inv_masses = _wp_args->inv_masses;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_def_grads = _wp_args->def_grads;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_strains = _wp_args->strains;
    wp::array_t<wp::float32> var_k_mu = _wp_args->k_mu;
    wp::float32 var_k_lambda = _wp_args->k_lambda;
    wp::array_t<wp::float32> var_psi = _wp_args->psi;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_pk1 = _wp_args->pk1;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::float32 var_4;
    wp::mat_t<3, 3, wp::float32>* var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.5;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 2.0;
    wp::float32 var_21;
    wp::mat_t<3, 3, wp::float32> var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 3;
    wp::mat_t<3, 3, wp::float32> var_25;
    wp::mat_t<3, 3, wp::float32> var_26;
    wp::mat_t<3, 3, wp::float32> var_27;
    wp::mat_t<3, 3, wp::float32>* var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::mat_t<3, 3, wp::float32> var_30;
    //---------
    // forward
    // def eval_strain_energy(                                                                <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // if inv_masses[tid] == 0.0:                                                             <L 16>
    var_1 = wp::address(var_inv_masses, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 17>
        return;
    }
    // eps = strains[tid]                                                                     <L 18>
    var_5 = wp::address(var_strains, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // mu_lame = k_mu[tid]                                                                    <L 19>
    var_8 = wp::address(var_k_mu, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // strain = eps                                                                           <L 20>
    var_11 = wp::copy(var_6);
    // tr = wp.trace(strain)                                                                  <L 21>
    var_12 = wp::trace(var_11);
    // psi[tid] = mu_lame * wp.ddot(strain, strain) + 0.5 * k_lambda * tr * tr                <L 22>
    var_13 = wp::ddot(var_11, var_11);
    var_14 = wp::mul(var_9, var_13);
    var_16 = wp::mul(var_15, var_k_lambda);
    var_17 = wp::mul(var_16, var_12);
    var_18 = wp::mul(var_17, var_12);
    var_19 = wp::add(var_14, var_18);
    wp::array_store(var_psi, var_0, var_19);
    // S = 2.0 * mu_lame * strain + k_lambda * tr * wp.identity(n=3, dtype=float)             <L 24>
    var_21 = wp::mul(var_20, var_9);
    var_22 = wp::mul(var_21, var_11);
    var_23 = wp::mul(var_k_lambda, var_12);
    var_25 = wp::identity<3, wp::float32>();
    var_26 = wp::mul(var_23, var_25);
    var_27 = wp::add(var_22, var_26);
    // pk1[tid] = def_grads[tid] @ S                                                          <L 25>
    var_28 = wp::address(var_def_grads, var_0);
    var_30 = wp::load(var_28);
    var_29 = wp::mul(var_30, var_27);
    wp::array_store(var_pk1, var_0, var_29);
}



template <bool wp_linear_contiguous>
static void eval_strain_energy_3fb4def3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_strain_energy_3fb4def3 *_wp_args,
    wp_args_eval_strain_energy_3fb4def3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_eval_strain_energy_3fb4def3 wp_contiguous_args;
    wp_args_eval_strain_energy_3fb4def3 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.def_grads.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.def_grads.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.strains.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.strains.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.k_mu.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.k_mu.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.psi.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.psi.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.pk1.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.pk1.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_inv_masses = _wp_args->inv_masses;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_def_grads = _wp_args->def_grads;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_strains = _wp_args->strains;
    wp::array_t<wp::float32> var_k_mu = _wp_args->k_mu;
    wp::float32 var_k_lambda = _wp_args->k_lambda;
    wp::array_t<wp::float32> var_psi = _wp_args->psi;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_pk1 = _wp_args->pk1;
    wp::array_t<wp::float32> adj_inv_masses = _wp_adj_args->inv_masses;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_def_grads = _wp_adj_args->def_grads;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_strains = _wp_adj_args->strains;
    wp::array_t<wp::float32> adj_k_mu = _wp_adj_args->k_mu;
    wp::float32 adj_k_lambda = _wp_adj_args->k_lambda;
    wp::array_t<wp::float32> adj_psi = _wp_adj_args->psi;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_pk1 = _wp_adj_args->pk1;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::float32 var_4;
    wp::mat_t<3, 3, wp::float32>* var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.5;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 2.0;
    wp::float32 var_21;
    wp::mat_t<3, 3, wp::float32> var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 3;
    wp::mat_t<3, 3, wp::float32> var_25;
    wp::mat_t<3, 3, wp::float32> var_26;
    wp::mat_t<3, 3, wp::float32> var_27;
    wp::mat_t<3, 3, wp::float32>* var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::mat_t<3, 3, wp::float32> var_30;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::mat_t<3, 3, wp::float32> adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::mat_t<3, 3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::mat_t<3, 3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::mat_t<3, 3, wp::float32> adj_25 = {};
    wp::mat_t<3, 3, wp::float32> adj_26 = {};
    wp::mat_t<3, 3, wp::float32> adj_27 = {};
    wp::mat_t<3, 3, wp::float32> adj_28 = {};
    wp::mat_t<3, 3, wp::float32> adj_29 = {};
    wp::mat_t<3, 3, wp::float32> adj_30 = {};
    //---------
    // forward
    // def eval_strain_energy(                                                                <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // if inv_masses[tid] == 0.0:                                                             <L 16>
    var_1 = wp::address(var_inv_masses, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 17>
        goto label0;
    }
    // eps = strains[tid]                                                                     <L 18>
    var_5 = wp::address(var_strains, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // mu_lame = k_mu[tid]                                                                    <L 19>
    var_8 = wp::address(var_k_mu, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // strain = eps                                                                           <L 20>
    var_11 = wp::copy(var_6);
    // tr = wp.trace(strain)                                                                  <L 21>
    var_12 = wp::trace(var_11);
    // psi[tid] = mu_lame * wp.ddot(strain, strain) + 0.5 * k_lambda * tr * tr                <L 22>
    var_13 = wp::ddot(var_11, var_11);
    var_14 = wp::mul(var_9, var_13);
    var_16 = wp::mul(var_15, var_k_lambda);
    var_17 = wp::mul(var_16, var_12);
    var_18 = wp::mul(var_17, var_12);
    var_19 = wp::add(var_14, var_18);
    // wp::array_store(var_psi, var_0, var_19);
    // S = 2.0 * mu_lame * strain + k_lambda * tr * wp.identity(n=3, dtype=float)             <L 24>
    var_21 = wp::mul(var_20, var_9);
    var_22 = wp::mul(var_21, var_11);
    var_23 = wp::mul(var_k_lambda, var_12);
    var_25 = wp::identity<3, wp::float32>();
    var_26 = wp::mul(var_23, var_25);
    var_27 = wp::add(var_22, var_26);
    // pk1[tid] = def_grads[tid] @ S                                                          <L 25>
    var_28 = wp::address(var_def_grads, var_0);
    var_30 = wp::load(var_28);
    var_29 = wp::mul(var_30, var_27);
    // wp::array_store(var_pk1, var_0, var_29);
    //---------
    // reverse
    wp::adj_array_store(var_pk1, var_0, var_29, adj_pk1, adj_0, adj_29);
    wp::adj_mul(var_30, var_27, adj_28, adj_27, adj_29);
    wp::adj_address(var_def_grads, var_0, adj_def_grads, adj_0, adj_28);
    // adj: pk1[tid] = def_grads[tid] @ S                                                     <L 25>
    wp::adj_add(var_22, var_26, adj_22, adj_26, adj_27);
    wp::adj_mul(var_23, var_25, adj_23, adj_25, adj_26);
    wp::adj_mul(var_k_lambda, var_12, adj_k_lambda, adj_12, adj_23);
    wp::adj_mul(var_21, var_11, adj_21, adj_11, adj_22);
    wp::adj_mul(var_20, var_9, adj_20, adj_9, adj_21);
    // adj: S = 2.0 * mu_lame * strain + k_lambda * tr * wp.identity(n=3, dtype=float)        <L 24>
    wp::adj_array_store(var_psi, var_0, var_19, adj_psi, adj_0, adj_19);
    wp::adj_add(var_14, var_18, adj_14, adj_18, adj_19);
    wp::adj_mul(var_17, var_12, adj_17, adj_12, adj_18);
    wp::adj_mul(var_16, var_12, adj_16, adj_12, adj_17);
    wp::adj_mul(var_15, var_k_lambda, adj_15, adj_k_lambda, adj_16);
    wp::adj_mul(var_9, var_13, adj_9, adj_13, adj_14);
    wp::adj_ddot(var_11, var_11, adj_11, adj_11, adj_13);
    // adj: psi[tid] = mu_lame * wp.ddot(strain, strain) + 0.5 * k_lambda * tr * tr           <L 22>
    wp::adj_trace(var_11, adj_11, adj_12);
    // adj: tr = wp.trace(strain)                                                             <L 21>
    wp::adj_copy(var_6, adj_6, adj_11);
    // adj: strain = eps                                                                      <L 20>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_k_mu, var_0, adj_k_mu, adj_0, adj_8);
    // adj: mu_lame = k_mu[tid]                                                               <L 19>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_strains, var_0, adj_strains, adj_0, adj_5);
    // adj: eps = strains[tid]                                                                <L 18>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 17>
    }
    wp::adj_address(var_inv_masses, var_0, adj_inv_masses, adj_0, adj_1);
    // adj: if inv_masses[tid] == 0.0:                                                        <L 16>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def eval_strain_energy(                                                           <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_strain_energy_3fb4def3_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_strain_energy_3fb4def3 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_strain_energy_3fb4def3_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_strain_energy_3fb4def3_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_strain_energy_3fb4def3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->def_grads.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->strains.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->k_mu.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->psi.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->pk1.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)));
    if (wp_linear_contiguous)
        eval_strain_energy_3fb4def3_cpu_forward_tasks<true>(dim, _wp_args);
    else
        eval_strain_energy_3fb4def3_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_strain_energy_3fb4def3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_strain_energy_3fb4def3 *_wp_args)
{
    eval_strain_energy_3fb4def3_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_strain_energy_3fb4def3_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_strain_energy_3fb4def3 *_wp_args,
    wp_args_eval_strain_energy_3fb4def3 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_strain_energy_3fb4def3_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void eval_strain_energy_3fb4def3_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_strain_energy_3fb4def3 *_wp_args,
    wp_args_eval_strain_energy_3fb4def3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->def_grads.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->def_grads.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->strains.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->strains.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->k_mu.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->k_mu.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->psi.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->psi.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->pk1.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->pk1.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)));
    if (wp_linear_contiguous)
        eval_strain_energy_3fb4def3_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        eval_strain_energy_3fb4def3_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void eval_strain_energy_3fb4def3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_strain_energy_3fb4def3 *_wp_args,
    wp_args_eval_strain_energy_3fb4def3 *_wp_adj_args)
{
    eval_strain_energy_3fb4def3_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

