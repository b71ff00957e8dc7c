// Warp 1.19.0 cpu code for kinetic_energy_e6429b7d.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_kinetic_energy_52c18673 {
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::float32> masses;
    wp::array_t<wp::float32> energies;
};


template <bool wp_linear_contiguous>
static void kinetic_energy_52c18673_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_kinetic_energy_52c18673 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_masses = _wp_args->masses;
    wp::array_t<wp::float32> var_energies = _wp_args->energies;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.5;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def kinetic_energy(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // energies[tid] = 0.5 * masses[tid] * wp.dot(velocities[tid], velocities[tid])           <L 13>
    var_2 = wp::address(var_masses, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_1, var_4);
    var_5 = wp::address(var_velocities, var_0);
    var_6 = wp::address(var_velocities, var_0);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::dot(var_8, var_9);
    var_10 = wp::mul(var_3, var_7);
    wp::array_store(var_energies, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void kinetic_energy_52c18673_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_kinetic_energy_52c18673 *_wp_args,
    wp_args_kinetic_energy_52c18673 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_masses = _wp_args->masses;
    wp::array_t<wp::float32> var_energies = _wp_args->energies;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::float32> adj_masses = _wp_adj_args->masses;
    wp::array_t<wp::float32> adj_energies = _wp_adj_args->energies;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.5;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def kinetic_energy(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // energies[tid] = 0.5 * masses[tid] * wp.dot(velocities[tid], velocities[tid])           <L 13>
    var_2 = wp::address(var_masses, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_1, var_4);
    var_5 = wp::address(var_velocities, var_0);
    var_6 = wp::address(var_velocities, var_0);
    var_8 = wp::load(var_5);
    var_9 = wp::load(var_6);
    var_7 = wp::dot(var_8, var_9);
    var_10 = wp::mul(var_3, var_7);
    // wp::array_store(var_energies, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_energies, var_0, var_10, adj_energies, adj_0, adj_10);
    wp::adj_mul(var_3, var_7, adj_3, adj_7, adj_10);
    wp::adj_dot(var_8, var_9, adj_5, adj_6, adj_7);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_6);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_5);
    wp::adj_mul(var_1, var_4, adj_1, adj_2, adj_3);
    wp::adj_address(var_masses, var_0, adj_masses, adj_0, adj_2);
    // adj: energies[tid] = 0.5 * masses[tid] * wp.dot(velocities[tid], velocities[tid])      <L 13>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def kinetic_energy(                                                               <L 5>
    return;
}



struct kinetic_energy_52c18673_cpu_block_payload_forward
{
    wp_args_kinetic_energy_52c18673* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void kinetic_energy_52c18673_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    kinetic_energy_52c18673_cpu_block_payload_forward* payload = (kinetic_energy_52c18673_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    kinetic_energy_52c18673_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void kinetic_energy_52c18673_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_kinetic_energy_52c18673 *_wp_args)
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
        kinetic_energy_52c18673_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &kinetic_energy_52c18673_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct kinetic_energy_52c18673_cpu_block_payload_backward
{
    wp_args_kinetic_energy_52c18673* args;
    wp_args_kinetic_energy_52c18673* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void kinetic_energy_52c18673_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    kinetic_energy_52c18673_cpu_block_payload_backward* payload = (kinetic_energy_52c18673_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    kinetic_energy_52c18673_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void kinetic_energy_52c18673_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_kinetic_energy_52c18673 *_wp_args,
    wp_args_kinetic_energy_52c18673 *_wp_adj_args)
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
        kinetic_energy_52c18673_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &kinetic_energy_52c18673_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

