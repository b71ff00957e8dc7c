// Warp 1.19.0 cpu code for iterate_to_convergence_116359ee.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_iterate_to_convergence_48b4712e {
    wp::array_t<wp::float32> targets;
    wp::array_t<wp::float32> solution;
    wp::array_t<wp::int32> num_iters;
    wp::float32 alpha;
    wp::float32 tolerance;
};


template <bool wp_linear_contiguous>
static void iterate_to_convergence_48b4712e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_iterate_to_convergence_48b4712e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_targets = _wp_args->targets;
    wp::array_t<wp::float32> var_solution = _wp_args->solution;
    wp::array_t<wp::int32> var_num_iters = _wp_args->num_iters;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::float32 var_tolerance = _wp_args->tolerance;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.1;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    bool var_12;
    bool var_13;
    const wp::int32 var_14 = 64;
    bool var_15;
    const wp::float32 var_16 = 1.0;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    //---------
    // forward
    // def iterate_to_convergence(                                                            <L 8>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // target = targets[tid]                                                                  <L 17>
    var_1 = wp::address(var_targets, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // omega = wp.clamp(alpha, 0.1, 1.0)                                                      <L 19>
    var_6 = wp::clamp(var_alpha, var_4, var_5);
    // x = target                                                                             <L 20>
    var_7 = wp::copy(var_2);
    // delta = float(1.0)                                                                     <L 21>
    var_9 = wp::float(var_8);
    // it = int(0)                                                                            <L 22>
    var_11 = wp::int(var_10);
    // while delta > tolerance and it < MAX_ITERS:                                            <L 23>
    start_while_0:;
    var_13 = (var_9 > var_tolerance);
    var_12 = var_13;
    if (var_12) {
        var_15 = (var_11 < var_14);
        var_12 = var_12 && var_15;
    }
    if ((var_12) == false) goto end_while_0;
        // x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)                          <L 24>
        var_17 = wp::sub(var_16, var_6);
        var_18 = wp::mul(var_17, var_7);
        var_19 = wp::cos(var_7);
        var_20 = wp::add(var_19, var_2);
        var_21 = wp::mul(var_6, var_20);
        var_22 = wp::add(var_18, var_21);
        // delta = wp.abs(x_next - x)                                                         <L 25>
        var_23 = wp::sub(var_22, var_7);
        var_24 = wp::abs(var_23);
        // x = x_next                                                                         <L 26>
        var_25 = wp::copy(var_22);
        // it += 1                                                                            <L 27>
        var_27 = wp::add(var_11, var_26);
        wp::assign(var_7, var_25);
        wp::assign(var_9, var_24);
        wp::assign(var_11, var_27);
    goto start_while_0;
    end_while_0:;
    // solution[tid] = x                                                                      <L 28>
    wp::array_store(var_solution, var_0, var_7);
    // num_iters[tid] = it                                                                    <L 29>
    wp::array_store(var_num_iters, var_0, var_11);
}



template <bool wp_linear_contiguous>
static void iterate_to_convergence_48b4712e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_iterate_to_convergence_48b4712e *_wp_args,
    wp_args_iterate_to_convergence_48b4712e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_targets = _wp_args->targets;
    wp::array_t<wp::float32> var_solution = _wp_args->solution;
    wp::array_t<wp::int32> var_num_iters = _wp_args->num_iters;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::float32 var_tolerance = _wp_args->tolerance;
    wp::array_t<wp::float32> adj_targets = _wp_adj_args->targets;
    wp::array_t<wp::float32> adj_solution = _wp_adj_args->solution;
    wp::array_t<wp::int32> adj_num_iters = _wp_adj_args->num_iters;
    wp::float32 adj_alpha = _wp_adj_args->alpha;
    wp::float32 adj_tolerance = _wp_adj_args->tolerance;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.1;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    bool var_12;
    bool var_13;
    const wp::int32 var_14 = 64;
    bool var_15;
    const wp::float32 var_16 = 1.0;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    //---------
    // forward
    // def iterate_to_convergence(                                                            <L 8>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // target = targets[tid]                                                                  <L 17>
    var_1 = wp::address(var_targets, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // omega = wp.clamp(alpha, 0.1, 1.0)                                                      <L 19>
    var_6 = wp::clamp(var_alpha, var_4, var_5);
    // x = target                                                                             <L 20>
    var_7 = wp::copy(var_2);
    // delta = float(1.0)                                                                     <L 21>
    var_9 = wp::float(var_8);
    // it = int(0)                                                                            <L 22>
    var_11 = wp::int(var_10);
    // while delta > tolerance and it < MAX_ITERS:                                            <L 23>
    // solution[tid] = x                                                                      <L 28>
    // wp::array_store(var_solution, var_0, var_7);
    // num_iters[tid] = it                                                                    <L 29>
    // wp::array_store(var_num_iters, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_num_iters, var_0, var_11, adj_num_iters, adj_0, adj_11);
    // adj: num_iters[tid] = it                                                               <L 29>
    wp::adj_array_store(var_solution, var_0, var_7, adj_solution, adj_0, adj_7);
    // adj: solution[tid] = x                                                                 <L 28>
    start_while_0:;
    var_13 = (var_9 > var_tolerance);
    var_12 = var_13;
    if (var_12) {
        var_15 = (var_11 < var_14);
        var_12 = var_12 && var_15;
    }
    if ((var_12) == false) goto end_while_0;
    adj_16 = {};
    adj_17 = {};
    adj_18 = {};
    adj_19 = {};
    adj_20 = {};
    adj_21 = {};
    adj_22 = {};
    adj_23 = {};
    adj_24 = {};
    adj_25 = {};
    adj_26 = {};
    adj_27 = {};
        // x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)                          <L 24>
        var_17 = wp::sub(var_16, var_6);
        var_18 = wp::mul(var_17, var_7);
        var_19 = wp::cos(var_7);
        var_20 = wp::add(var_19, var_2);
        var_21 = wp::mul(var_6, var_20);
        var_22 = wp::add(var_18, var_21);
        // delta = wp.abs(x_next - x)                                                         <L 25>
        var_23 = wp::sub(var_22, var_7);
        var_24 = wp::abs(var_23);
        // x = x_next                                                                         <L 26>
        var_25 = wp::copy(var_22);
        // it += 1                                                                            <L 27>
        var_27 = wp::add(var_11, var_26);
        wp::assign(var_7, var_25);
        wp::assign(var_9, var_24);
        wp::assign(var_11, var_27);
        wp::adj_assign(var_11, var_27, adj_11, adj_27);
        wp::adj_assign(var_9, var_24, adj_9, adj_24);
        wp::adj_assign(var_7, var_25, adj_7, adj_25);
        wp::adj_add(var_11, var_26, adj_11, adj_26, adj_27);
        // adj: it += 1                                                                       <L 27>
        wp::adj_copy(var_22, adj_22, adj_25);
        // adj: x = x_next                                                                    <L 26>
        wp::adj_abs(var_23, adj_23, adj_24);
        wp::adj_sub(var_22, var_7, adj_22, adj_7, adj_23);
        // adj: delta = wp.abs(x_next - x)                                                    <L 25>
        wp::adj_add(var_18, var_21, adj_18, adj_21, adj_22);
        wp::adj_mul(var_6, var_20, adj_6, adj_20, adj_21);
        wp::adj_add(var_19, var_2, adj_19, adj_2, adj_20);
        wp::adj_cos(var_7, adj_7, adj_19);
        wp::adj_mul(var_17, var_7, adj_17, adj_7, adj_18);
        wp::adj_sub(var_16, var_6, adj_16, adj_6, adj_17);
        // adj: x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)                     <L 24>
    goto start_while_0;
    end_while_0:;
    // adj: while delta > tolerance and it < MAX_ITERS:                                       <L 23>
    // adj: it = int(0)                                                                       <L 22>
    wp::adj_float(var_8, adj_8, adj_9);
    // adj: delta = float(1.0)                                                                <L 21>
    wp::adj_copy(var_2, adj_2, adj_7);
    // adj: x = target                                                                        <L 20>
    wp::adj_clamp(var_alpha, var_4, var_5, adj_alpha, adj_4, adj_5, adj_6);
    // adj: omega = wp.clamp(alpha, 0.1, 1.0)                                                 <L 19>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_targets, var_0, adj_targets, adj_0, adj_1);
    // adj: target = targets[tid]                                                             <L 17>
    // adj: tid = wp.tid()                                                                    <L 16>
    // adj: def iterate_to_convergence(                                                       <L 8>
    return;
}



struct iterate_to_convergence_48b4712e_cpu_block_payload_forward
{
    wp_args_iterate_to_convergence_48b4712e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void iterate_to_convergence_48b4712e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    iterate_to_convergence_48b4712e_cpu_block_payload_forward* payload = (iterate_to_convergence_48b4712e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    iterate_to_convergence_48b4712e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void iterate_to_convergence_48b4712e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_iterate_to_convergence_48b4712e *_wp_args)
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
        iterate_to_convergence_48b4712e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &iterate_to_convergence_48b4712e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct iterate_to_convergence_48b4712e_cpu_block_payload_backward
{
    wp_args_iterate_to_convergence_48b4712e* args;
    wp_args_iterate_to_convergence_48b4712e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void iterate_to_convergence_48b4712e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    iterate_to_convergence_48b4712e_cpu_block_payload_backward* payload = (iterate_to_convergence_48b4712e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    iterate_to_convergence_48b4712e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void iterate_to_convergence_48b4712e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_iterate_to_convergence_48b4712e *_wp_args,
    wp_args_iterate_to_convergence_48b4712e *_wp_adj_args)
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
        iterate_to_convergence_48b4712e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &iterate_to_convergence_48b4712e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

