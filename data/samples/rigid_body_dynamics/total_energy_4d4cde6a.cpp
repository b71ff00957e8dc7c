// Warp 1.19.0 cpu code for total_energy_4d4cde6a.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_total_energy_a6162365 {
    wp::array_t<wp::vec_t<3, wp::float32>> omega;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> spatial_inertias;
    wp::array_t<wp::float32> energies;
    wp::array_t<wp::vec_t<6, wp::float32>> angular_momentum;
};


template <bool wp_linear_contiguous>
static void total_energy_a6162365_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_total_energy_a6162365 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega = _wp_args->omega;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_spatial_inertias = _wp_args->spatial_inertias;
    wp::array_t<wp::float32> var_energies = _wp_args->energies;
    wp::array_t<wp::vec_t<6, wp::float32>> var_angular_momentum = _wp_args->angular_momentum;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
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
    // def total_energy(                                                                      <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // ang_vel = omega[tid]                                                                   <L 13>
    var_1 = wp::address(var_omega, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = velocities[tid]                                                                    <L 14>
    var_4 = wp::address(var_velocities, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // qd = wp.spatial_vector(ang_vel, v)                                                     <L 15>
    var_7 = wp::vec_t<6, wp::float32>(var_2, var_5);
    // M_s = spatial_inertias[tid]                                                            <L 16>
    var_8 = wp::address(var_spatial_inertias, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // h = M_s @ qd                                                                           <L 17>
    var_11 = wp::mul(var_9, var_7);
    // wp.atomic_add(energies, 0, 0.5 * wp.spatial_dot(qd, h))                                <L 18>
    var_14 = wp::spatial_dot(var_7, var_11);
    var_15 = wp::mul(var_13, var_14);
    var_16 = wp::atomic_add(var_energies, var_12, var_15);
    // wp.atomic_add(angular_momentum, 0, h)                                                  <L 19>
    var_18 = wp::atomic_add(var_angular_momentum, var_17, var_11);
}



template <bool wp_linear_contiguous>
static void total_energy_a6162365_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_total_energy_a6162365 *_wp_args,
    wp_args_total_energy_a6162365 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega = _wp_args->omega;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_spatial_inertias = _wp_args->spatial_inertias;
    wp::array_t<wp::float32> var_energies = _wp_args->energies;
    wp::array_t<wp::vec_t<6, wp::float32>> var_angular_momentum = _wp_args->angular_momentum;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_omega = _wp_adj_args->omega;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> adj_spatial_inertias = _wp_adj_args->spatial_inertias;
    wp::array_t<wp::float32> adj_energies = _wp_adj_args->energies;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_angular_momentum = _wp_adj_args->angular_momentum;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
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
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
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
    // def total_energy(                                                                      <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // ang_vel = omega[tid]                                                                   <L 13>
    var_1 = wp::address(var_omega, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = velocities[tid]                                                                    <L 14>
    var_4 = wp::address(var_velocities, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // qd = wp.spatial_vector(ang_vel, v)                                                     <L 15>
    var_7 = wp::vec_t<6, wp::float32>(var_2, var_5);
    // M_s = spatial_inertias[tid]                                                            <L 16>
    var_8 = wp::address(var_spatial_inertias, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // h = M_s @ qd                                                                           <L 17>
    var_11 = wp::mul(var_9, var_7);
    // wp.atomic_add(energies, 0, 0.5 * wp.spatial_dot(qd, h))                                <L 18>
    var_14 = wp::spatial_dot(var_7, var_11);
    var_15 = wp::mul(var_13, var_14);
    // var_16 = wp::atomic_add(var_energies, var_12, var_15);
    // wp.atomic_add(angular_momentum, 0, h)                                                  <L 19>
    // var_18 = wp::atomic_add(var_angular_momentum, var_17, var_11);
    //---------
    // reverse
    wp::adj_atomic_add(var_angular_momentum, var_17, var_11, adj_angular_momentum, adj_17, adj_11, adj_18);
    // adj: wp.atomic_add(angular_momentum, 0, h)                                             <L 19>
    wp::adj_atomic_add(var_energies, var_12, var_15, adj_energies, adj_12, adj_15, adj_16);
    wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_spatial_dot(var_7, var_11, adj_7, adj_11, adj_14);
    // adj: wp.atomic_add(energies, 0, 0.5 * wp.spatial_dot(qd, h))                           <L 18>
    wp::adj_mul(var_9, var_7, adj_9, adj_7, adj_11);
    // adj: h = M_s @ qd                                                                      <L 17>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_spatial_inertias, var_0, adj_spatial_inertias, adj_0, adj_8);
    // adj: M_s = spatial_inertias[tid]                                                       <L 16>
    wp::adj_vec_t(var_2, var_5, adj_2, adj_5, adj_7);
    // adj: qd = wp.spatial_vector(ang_vel, v)                                                <L 15>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_4);
    // adj: v = velocities[tid]                                                               <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_omega, var_0, adj_omega, adj_0, adj_1);
    // adj: ang_vel = omega[tid]                                                              <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def total_energy(                                                                 <L 5>
    return;
}



struct total_energy_a6162365_cpu_block_payload_forward
{
    wp_args_total_energy_a6162365* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void total_energy_a6162365_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    total_energy_a6162365_cpu_block_payload_forward* payload = (total_energy_a6162365_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    total_energy_a6162365_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void total_energy_a6162365_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_total_energy_a6162365 *_wp_args)
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
        total_energy_a6162365_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &total_energy_a6162365_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct total_energy_a6162365_cpu_block_payload_backward
{
    wp_args_total_energy_a6162365* args;
    wp_args_total_energy_a6162365* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void total_energy_a6162365_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    total_energy_a6162365_cpu_block_payload_backward* payload = (total_energy_a6162365_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    total_energy_a6162365_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void total_energy_a6162365_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_total_energy_a6162365 *_wp_args,
    wp_args_total_energy_a6162365 *_wp_adj_args)
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
        total_energy_a6162365_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &total_energy_a6162365_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

