// Warp 1.19.0 cpu code for runge_kutta_update_9cf32ac3.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_runge_kutta_update_f6ab9e3f {
    wp::array_t<wp::float32> u_start;
    wp::array_t<wp::float32> state;
    wp::array_t<wp::float32> rhs;
    wp::array_t<wp::float32> u_next;
    wp::float32 coeff1;
    wp::float32 c0;
    wp::float32 dt;
};


template <bool wp_linear_contiguous>
static void runge_kutta_update_f6ab9e3f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_runge_kutta_update_f6ab9e3f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_u_start = _wp_args->u_start;
    wp::array_t<wp::float32> var_state = _wp_args->state;
    wp::array_t<wp::float32> var_rhs = _wp_args->rhs;
    wp::array_t<wp::float32> var_u_next = _wp_args->u_next;
    wp::float32 var_coeff1 = _wp_args->coeff1;
    wp::float32 var_c0 = _wp_args->c0;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def runge_kutta_update(                                                                <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // u0 = u_start[tid]                                                                      <L 16>
    var_1 = wp::address(var_u_start, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // u_next[tid] = coeff1 * u0 + c0 * (state[tid] + dt * rhs[tid])                          <L 17>
    var_4 = wp::mul(var_coeff1, var_2);
    var_5 = wp::address(var_state, var_0);
    var_6 = wp::address(var_rhs, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_dt, var_8);
    var_10 = wp::load(var_5);
    var_9 = wp::add(var_10, var_7);
    var_11 = wp::mul(var_c0, var_9);
    var_12 = wp::add(var_4, var_11);
    wp::array_store(var_u_next, var_0, var_12);
}



template <bool wp_linear_contiguous>
static void runge_kutta_update_f6ab9e3f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_runge_kutta_update_f6ab9e3f *_wp_args,
    wp_args_runge_kutta_update_f6ab9e3f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_u_start = _wp_args->u_start;
    wp::array_t<wp::float32> var_state = _wp_args->state;
    wp::array_t<wp::float32> var_rhs = _wp_args->rhs;
    wp::array_t<wp::float32> var_u_next = _wp_args->u_next;
    wp::float32 var_coeff1 = _wp_args->coeff1;
    wp::float32 var_c0 = _wp_args->c0;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> adj_u_start = _wp_adj_args->u_start;
    wp::array_t<wp::float32> adj_state = _wp_adj_args->state;
    wp::array_t<wp::float32> adj_rhs = _wp_adj_args->rhs;
    wp::array_t<wp::float32> adj_u_next = _wp_adj_args->u_next;
    wp::float32 adj_coeff1 = _wp_adj_args->coeff1;
    wp::float32 adj_c0 = _wp_adj_args->c0;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
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
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def runge_kutta_update(                                                                <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // u0 = u_start[tid]                                                                      <L 16>
    var_1 = wp::address(var_u_start, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // u_next[tid] = coeff1 * u0 + c0 * (state[tid] + dt * rhs[tid])                          <L 17>
    var_4 = wp::mul(var_coeff1, var_2);
    var_5 = wp::address(var_state, var_0);
    var_6 = wp::address(var_rhs, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_dt, var_8);
    var_10 = wp::load(var_5);
    var_9 = wp::add(var_10, var_7);
    var_11 = wp::mul(var_c0, var_9);
    var_12 = wp::add(var_4, var_11);
    // wp::array_store(var_u_next, var_0, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_u_next, var_0, var_12, adj_u_next, adj_0, adj_12);
    wp::adj_add(var_4, var_11, adj_4, adj_11, adj_12);
    wp::adj_mul(var_c0, var_9, adj_c0, adj_9, adj_11);
    wp::adj_add(var_10, var_7, adj_5, adj_7, adj_9);
    wp::adj_mul(var_dt, var_8, adj_dt, adj_6, adj_7);
    wp::adj_address(var_rhs, var_0, adj_rhs, adj_0, adj_6);
    wp::adj_address(var_state, var_0, adj_state, adj_0, adj_5);
    wp::adj_mul(var_coeff1, var_2, adj_coeff1, adj_2, adj_4);
    // adj: u_next[tid] = coeff1 * u0 + c0 * (state[tid] + dt * rhs[tid])                     <L 17>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_u_start, var_0, adj_u_start, adj_0, adj_1);
    // adj: u0 = u_start[tid]                                                                 <L 16>
    // adj: tid = wp.tid()                                                                    <L 15>
    // adj: def runge_kutta_update(                                                           <L 5>
    return;
}



struct runge_kutta_update_f6ab9e3f_cpu_block_payload_forward
{
    wp_args_runge_kutta_update_f6ab9e3f* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void runge_kutta_update_f6ab9e3f_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    runge_kutta_update_f6ab9e3f_cpu_block_payload_forward* payload = (runge_kutta_update_f6ab9e3f_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    runge_kutta_update_f6ab9e3f_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void runge_kutta_update_f6ab9e3f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_runge_kutta_update_f6ab9e3f *_wp_args)
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
        runge_kutta_update_f6ab9e3f_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &runge_kutta_update_f6ab9e3f_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct runge_kutta_update_f6ab9e3f_cpu_block_payload_backward
{
    wp_args_runge_kutta_update_f6ab9e3f* args;
    wp_args_runge_kutta_update_f6ab9e3f* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void runge_kutta_update_f6ab9e3f_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    runge_kutta_update_f6ab9e3f_cpu_block_payload_backward* payload = (runge_kutta_update_f6ab9e3f_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    runge_kutta_update_f6ab9e3f_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void runge_kutta_update_f6ab9e3f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_runge_kutta_update_f6ab9e3f *_wp_args,
    wp_args_runge_kutta_update_f6ab9e3f *_wp_adj_args)
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
        runge_kutta_update_f6ab9e3f_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &runge_kutta_update_f6ab9e3f_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

