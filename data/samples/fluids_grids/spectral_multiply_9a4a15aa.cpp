// Warp 1.19.0 cpu code for spectral_multiply_9a4a15aa.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_spectral_multiply_a3e30df6 {
    wp::array_t<wp::vec_t<2, wp::float32>> omega_hat;
    wp::array_t<wp::float32> inv_k_sq;
    wp::array_t<wp::vec_t<2, wp::float32>> psi_hat;
};


template <bool wp_linear_contiguous>
static void spectral_multiply_a3e30df6_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_spectral_multiply_a3e30df6 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_omega_hat = _wp_args->omega_hat;
    wp::array_t<wp::float32> var_inv_k_sq = _wp_args->inv_k_sq;
    wp::array_t<wp::vec_t<2, wp::float32>> var_psi_hat = _wp_args->psi_hat;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<2, wp::float32>* var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    //---------
    // forward
    // def spectral_multiply(                                                                 <L 5>
    // i, j = wp.tid()                                                                        <L 10>
    builtin_tid2d(var_0, var_1);
    // inv_k2 = inv_k_sq[i, j]                                                                <L 11>
    var_2 = wp::address(var_inv_k_sq, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // psi_hat[i, j] = -omega_hat[i, j] * inv_k2                                              <L 13>
    var_5 = wp::address(var_omega_hat, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::neg(var_7);
    var_8 = wp::mul(var_6, var_3);
    wp::array_store(var_psi_hat, var_0, var_1, var_8);
}



template <bool wp_linear_contiguous>
static void spectral_multiply_a3e30df6_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_spectral_multiply_a3e30df6 *_wp_args,
    wp_args_spectral_multiply_a3e30df6 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_omega_hat = _wp_args->omega_hat;
    wp::array_t<wp::float32> var_inv_k_sq = _wp_args->inv_k_sq;
    wp::array_t<wp::vec_t<2, wp::float32>> var_psi_hat = _wp_args->psi_hat;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_omega_hat = _wp_adj_args->omega_hat;
    wp::array_t<wp::float32> adj_inv_k_sq = _wp_adj_args->inv_k_sq;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_psi_hat = _wp_adj_args->psi_hat;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<2, wp::float32>* var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    //---------
    // forward
    // def spectral_multiply(                                                                 <L 5>
    // i, j = wp.tid()                                                                        <L 10>
    builtin_tid2d(var_0, var_1);
    // inv_k2 = inv_k_sq[i, j]                                                                <L 11>
    var_2 = wp::address(var_inv_k_sq, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // psi_hat[i, j] = -omega_hat[i, j] * inv_k2                                              <L 13>
    var_5 = wp::address(var_omega_hat, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::neg(var_7);
    var_8 = wp::mul(var_6, var_3);
    // wp::array_store(var_psi_hat, var_0, var_1, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_psi_hat, var_0, var_1, var_8, adj_psi_hat, adj_0, adj_1, adj_8);
    wp::adj_mul(var_6, var_3, adj_6, adj_3, adj_8);
    wp::adj_neg(var_7, adj_5, adj_6);
    wp::adj_address(var_omega_hat, var_0, var_1, adj_omega_hat, adj_0, adj_1, adj_5);
    // adj: psi_hat[i, j] = -omega_hat[i, j] * inv_k2                                         <L 13>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_inv_k_sq, var_0, var_1, adj_inv_k_sq, adj_0, adj_1, adj_2);
    // adj: inv_k2 = inv_k_sq[i, j]                                                           <L 11>
    // adj: i, j = wp.tid()                                                                   <L 10>
    // adj: def spectral_multiply(                                                            <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void spectral_multiply_a3e30df6_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_spectral_multiply_a3e30df6 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        spectral_multiply_a3e30df6_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void spectral_multiply_a3e30df6_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_spectral_multiply_a3e30df6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    spectral_multiply_a3e30df6_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void spectral_multiply_a3e30df6_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_spectral_multiply_a3e30df6 *_wp_args)
{
    spectral_multiply_a3e30df6_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void spectral_multiply_a3e30df6_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_spectral_multiply_a3e30df6 *_wp_args,
    wp_args_spectral_multiply_a3e30df6 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        spectral_multiply_a3e30df6_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void spectral_multiply_a3e30df6_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_spectral_multiply_a3e30df6 *_wp_args,
    wp_args_spectral_multiply_a3e30df6 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    spectral_multiply_a3e30df6_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void spectral_multiply_a3e30df6_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_spectral_multiply_a3e30df6 *_wp_args,
    wp_args_spectral_multiply_a3e30df6 *_wp_adj_args)
{
    spectral_multiply_a3e30df6_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

