// Warp 1.19.0 cpu code for sum_energy_f48b3b29.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_sum_energy_861ac5eb {
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::float32> energies;
    wp::float32 mass;
};


template <bool wp_linear_contiguous>
static void sum_energy_861ac5eb_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sum_energy_861ac5eb *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_energies = _wp_args->energies;
    wp::float32 var_mass = _wp_args->mass;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    const wp::float32 var_2 = 0.5;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def sum_energy(v: wp.array[wp.vec3], energies: wp.array[float], mass: float):          <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // wp.atomic_add(energies, 0, 0.5 * mass * wp.length_sq(v[tid]))                          <L 9>
    var_3 = wp::mul(var_2, var_mass);
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::length_sq(var_6);
    var_7 = wp::mul(var_3, var_5);
    var_8 = wp::atomic_add(var_energies, var_1, var_7);
}



template <bool wp_linear_contiguous>
static void sum_energy_861ac5eb_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sum_energy_861ac5eb *_wp_args,
    wp_args_sum_energy_861ac5eb *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_energies = _wp_args->energies;
    wp::float32 var_mass = _wp_args->mass;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_energies = _wp_adj_args->energies;
    wp::float32 adj_mass = _wp_adj_args->mass;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    const wp::float32 var_2 = 0.5;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def sum_energy(v: wp.array[wp.vec3], energies: wp.array[float], mass: float):          <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // wp.atomic_add(energies, 0, 0.5 * mass * wp.length_sq(v[tid]))                          <L 9>
    var_3 = wp::mul(var_2, var_mass);
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::length_sq(var_6);
    var_7 = wp::mul(var_3, var_5);
    // var_8 = wp::atomic_add(var_energies, var_1, var_7);
    //---------
    // reverse
    wp::adj_atomic_add(var_energies, var_1, var_7, adj_energies, adj_1, adj_7, adj_8);
    wp::adj_mul(var_3, var_5, adj_3, adj_5, adj_7);
    wp::adj_length_sq(var_6, adj_4, adj_5);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
    wp::adj_mul(var_2, var_mass, adj_2, adj_mass, adj_3);
    // adj: wp.atomic_add(energies, 0, 0.5 * mass * wp.length_sq(v[tid]))                     <L 9>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def sum_energy(v: wp.array[wp.vec3], energies: wp.array[float], mass: float):     <L 5>
    return;
}



struct sum_energy_861ac5eb_cpu_block_payload_forward
{
    wp_args_sum_energy_861ac5eb* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sum_energy_861ac5eb_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sum_energy_861ac5eb_cpu_block_payload_forward* payload = (sum_energy_861ac5eb_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sum_energy_861ac5eb_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void sum_energy_861ac5eb_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_energy_861ac5eb *_wp_args)
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
        sum_energy_861ac5eb_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sum_energy_861ac5eb_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct sum_energy_861ac5eb_cpu_block_payload_backward
{
    wp_args_sum_energy_861ac5eb* args;
    wp_args_sum_energy_861ac5eb* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sum_energy_861ac5eb_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sum_energy_861ac5eb_cpu_block_payload_backward* payload = (sum_energy_861ac5eb_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sum_energy_861ac5eb_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void sum_energy_861ac5eb_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_energy_861ac5eb *_wp_args,
    wp_args_sum_energy_861ac5eb *_wp_adj_args)
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
        sum_energy_861ac5eb_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sum_energy_861ac5eb_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

