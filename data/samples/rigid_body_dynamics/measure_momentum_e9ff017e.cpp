// Warp 1.19.0 cpu code for measure_momentum_e9ff017e.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_measure_momentum_61710608 {
    wp::array_t<wp::vec_t<3, wp::float32>> body_w;
    wp::array_t<wp::vec_t<6, wp::float32>> twists;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> body_I_s;
    wp::array_t<wp::float32> energies;
    wp::array_t<wp::vec_t<6, wp::float32>> momenta;
};


template <bool wp_linear_contiguous>
static void measure_momentum_61710608_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_measure_momentum_61710608 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_w = _wp_args->body_w;
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists = _wp_args->twists;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_body_I_s = _wp_args->body_I_s;
    wp::array_t<wp::float32> var_energies = _wp_args->energies;
    wp::array_t<wp::vec_t<6, wp::float32>> var_momenta = _wp_args->momenta;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<6, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<6, wp::float32> var_7;
    wp::mat_t<6, 6, wp::float32>* var_8;
    wp::mat_t<6, 6, wp::float32> var_9;
    wp::mat_t<6, 6, wp::float32> var_10;
    wp::vec_t<6, wp::float32> var_11;
    const wp::int32 var_12 = 0;
    const wp::float32 var_13 = 0.5;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 0;
    wp::vec_t<6, wp::float32> var_18;
    //---------
    // forward
    // def measure_momentum(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // omega = body_w[tid]                                                                    <L 13>
    var_1 = wp::address(var_body_w, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // qd = wp.spatial_vector(omega, wp.spatial_bottom(twists[tid]))                          <L 14>
    var_4 = wp::address(var_twists, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::spatial_bottom(var_6);
    var_7 = wp::vec_t<6, wp::float32>(var_2, var_5);
    // I_s = body_I_s[tid]                                                                    <L 15>
    var_8 = wp::address(var_body_I_s, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // h = I_s @ qd                                                                           <L 16>
    var_11 = wp::mul(var_9, var_7);
    // wp.atomic_add(energies, 0, 0.5 * wp.spatial_dot(qd, h))                                <L 17>
    var_14 = wp::spatial_dot(var_7, var_11);
    var_15 = wp::mul(var_13, var_14);
    var_16 = wp::atomic_add(var_energies, var_12, var_15);
    // wp.atomic_add(momenta, 0, h)                                                           <L 18>
    var_18 = wp::atomic_add(var_momenta, var_17, var_11);
}



template <bool wp_linear_contiguous>
static void measure_momentum_61710608_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_measure_momentum_61710608 *_wp_args,
    wp_args_measure_momentum_61710608 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_w = _wp_args->body_w;
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists = _wp_args->twists;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_body_I_s = _wp_args->body_I_s;
    wp::array_t<wp::float32> var_energies = _wp_args->energies;
    wp::array_t<wp::vec_t<6, wp::float32>> var_momenta = _wp_args->momenta;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_w = _wp_adj_args->body_w;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_twists = _wp_adj_args->twists;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> adj_body_I_s = _wp_adj_args->body_I_s;
    wp::array_t<wp::float32> adj_energies = _wp_adj_args->energies;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_momenta = _wp_adj_args->momenta;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<6, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<6, wp::float32> var_7;
    wp::mat_t<6, 6, wp::float32>* var_8;
    wp::mat_t<6, 6, wp::float32> var_9;
    wp::mat_t<6, 6, wp::float32> var_10;
    wp::vec_t<6, wp::float32> var_11;
    const wp::int32 var_12 = 0;
    const wp::float32 var_13 = 0.5;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 0;
    wp::vec_t<6, wp::float32> var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<6, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<6, wp::float32> adj_6 = {};
    wp::vec_t<6, wp::float32> adj_7 = {};
    wp::mat_t<6, 6, wp::float32> adj_8 = {};
    wp::mat_t<6, 6, wp::float32> adj_9 = {};
    wp::mat_t<6, 6, wp::float32> adj_10 = {};
    wp::vec_t<6, wp::float32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::vec_t<6, wp::float32> adj_18 = {};
    //---------
    // forward
    // def measure_momentum(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // omega = body_w[tid]                                                                    <L 13>
    var_1 = wp::address(var_body_w, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // qd = wp.spatial_vector(omega, wp.spatial_bottom(twists[tid]))                          <L 14>
    var_4 = wp::address(var_twists, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::spatial_bottom(var_6);
    var_7 = wp::vec_t<6, wp::float32>(var_2, var_5);
    // I_s = body_I_s[tid]                                                                    <L 15>
    var_8 = wp::address(var_body_I_s, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // h = I_s @ qd                                                                           <L 16>
    var_11 = wp::mul(var_9, var_7);
    // wp.atomic_add(energies, 0, 0.5 * wp.spatial_dot(qd, h))                                <L 17>
    var_14 = wp::spatial_dot(var_7, var_11);
    var_15 = wp::mul(var_13, var_14);
    // var_16 = wp::atomic_add(var_energies, var_12, var_15);
    // wp.atomic_add(momenta, 0, h)                                                           <L 18>
    // var_18 = wp::atomic_add(var_momenta, var_17, var_11);
    //---------
    // reverse
    wp::adj_atomic_add(var_momenta, var_17, var_11, adj_momenta, adj_17, adj_11, adj_18);
    // adj: wp.atomic_add(momenta, 0, h)                                                      <L 18>
    wp::adj_atomic_add(var_energies, var_12, var_15, adj_energies, adj_12, adj_15, adj_16);
    wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_spatial_dot(var_7, var_11, adj_7, adj_11, adj_14);
    // adj: wp.atomic_add(energies, 0, 0.5 * wp.spatial_dot(qd, h))                           <L 17>
    wp::adj_mul(var_9, var_7, adj_9, adj_7, adj_11);
    // adj: h = I_s @ qd                                                                      <L 16>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_body_I_s, var_0, adj_body_I_s, adj_0, adj_8);
    // adj: I_s = body_I_s[tid]                                                               <L 15>
    wp::adj_vec_t(var_2, var_5, adj_2, adj_5, adj_7);
    wp::adj_spatial_bottom(var_6, adj_4, adj_5);
    wp::adj_address(var_twists, var_0, adj_twists, adj_0, adj_4);
    // adj: qd = wp.spatial_vector(omega, wp.spatial_bottom(twists[tid]))                     <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_body_w, var_0, adj_body_w, adj_0, adj_1);
    // adj: omega = body_w[tid]                                                               <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def measure_momentum(                                                             <L 5>
    return;
}



struct measure_momentum_61710608_cpu_block_payload_forward
{
    wp_args_measure_momentum_61710608* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void measure_momentum_61710608_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    measure_momentum_61710608_cpu_block_payload_forward* payload = (measure_momentum_61710608_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    measure_momentum_61710608_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void measure_momentum_61710608_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_measure_momentum_61710608 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        measure_momentum_61710608_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &measure_momentum_61710608_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct measure_momentum_61710608_cpu_block_payload_backward
{
    wp_args_measure_momentum_61710608* args;
    wp_args_measure_momentum_61710608* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void measure_momentum_61710608_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    measure_momentum_61710608_cpu_block_payload_backward* payload = (measure_momentum_61710608_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    measure_momentum_61710608_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void measure_momentum_61710608_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_measure_momentum_61710608 *_wp_args,
    wp_args_measure_momentum_61710608 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        measure_momentum_61710608_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &measure_momentum_61710608_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

