// Warp 1.19.0 cpu code for update_velocities_64ab5ce5.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_update_velocities_c464456e {
    wp::array_t<wp::vec_t<2, wp::float32>> v;
    wp::array_t<wp::vec_t<2, wp::float32>> particle_f;
    wp::array_t<wp::float32> inv_mass;
    wp::array_t<wp::vec_t<2, wp::float32>> v_new;
    wp::float32 dt;
};


template <bool wp_linear_contiguous>
static void update_velocities_c464456e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_velocities_c464456e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::array_t<wp::vec_t<2, wp::float32>> var_v_new = _wp_args->v_new;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::float32* var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::float32 var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    //---------
    // forward
    // def update_velocities(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // f = particle_f[tid]                                                                    <L 14>
    var_1 = wp::address(var_particle_f, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v_new[tid] = v[tid] + dt * f * inv_mass[tid]                                           <L 15>
    var_4 = wp::address(var_v, var_0);
    var_5 = wp::mul(var_dt, var_2);
    var_6 = wp::address(var_inv_mass, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_5, var_8);
    var_10 = wp::load(var_4);
    var_9 = wp::add(var_10, var_7);
    wp::array_store(var_v_new, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void update_velocities_c464456e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_velocities_c464456e *_wp_args,
    wp_args_update_velocities_c464456e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::array_t<wp::vec_t<2, wp::float32>> var_v_new = _wp_args->v_new;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    wp::array_t<wp::float32> adj_inv_mass = _wp_adj_args->inv_mass;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v_new = _wp_adj_args->v_new;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::float32* var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::float32 var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    //---------
    // forward
    // def update_velocities(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // f = particle_f[tid]                                                                    <L 14>
    var_1 = wp::address(var_particle_f, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v_new[tid] = v[tid] + dt * f * inv_mass[tid]                                           <L 15>
    var_4 = wp::address(var_v, var_0);
    var_5 = wp::mul(var_dt, var_2);
    var_6 = wp::address(var_inv_mass, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_5, var_8);
    var_10 = wp::load(var_4);
    var_9 = wp::add(var_10, var_7);
    // wp::array_store(var_v_new, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_v_new, var_0, var_9, adj_v_new, adj_0, adj_9);
    wp::adj_add(var_10, var_7, adj_4, adj_7, adj_9);
    wp::adj_mul(var_5, var_8, adj_5, adj_6, adj_7);
    wp::adj_address(var_inv_mass, var_0, adj_inv_mass, adj_0, adj_6);
    wp::adj_mul(var_dt, var_2, adj_dt, adj_2, adj_5);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
    // adj: v_new[tid] = v[tid] + dt * f * inv_mass[tid]                                      <L 15>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_f, var_0, adj_particle_f, adj_0, adj_1);
    // adj: f = particle_f[tid]                                                               <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def update_velocities(                                                            <L 5>
    return;
}



struct update_velocities_c464456e_cpu_block_payload_forward
{
    wp_args_update_velocities_c464456e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void update_velocities_c464456e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    update_velocities_c464456e_cpu_block_payload_forward* payload = (update_velocities_c464456e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    update_velocities_c464456e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void update_velocities_c464456e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_velocities_c464456e *_wp_args)
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
        update_velocities_c464456e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &update_velocities_c464456e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct update_velocities_c464456e_cpu_block_payload_backward
{
    wp_args_update_velocities_c464456e* args;
    wp_args_update_velocities_c464456e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void update_velocities_c464456e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    update_velocities_c464456e_cpu_block_payload_backward* payload = (update_velocities_c464456e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    update_velocities_c464456e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void update_velocities_c464456e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_velocities_c464456e *_wp_args,
    wp_args_update_velocities_c464456e *_wp_adj_args)
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
        update_velocities_c464456e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &update_velocities_c464456e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

