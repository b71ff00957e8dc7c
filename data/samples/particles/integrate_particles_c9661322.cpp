// Warp 1.19.0 cpu code for integrate_particles_c9661322.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_integrate_particles_819756fe {
    wp::array_t<wp::vec_t<2, wp::float32>> points;
    wp::array_t<wp::vec_t<2, wp::float32>> velocities;
    wp::array_t<wp::vec_t<2, wp::float32>> anchors;
    wp::array_t<wp::vec_t<2, wp::float32>> velocities_out;
    wp::float32 time_step;
    wp::float32 k_spring;
    wp::float32 inv_mass;
};


template <bool wp_linear_contiguous>
static void integrate_particles_819756fe_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_particles_819756fe *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<2, wp::float32>> var_anchors = _wp_args->anchors;
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities_out = _wp_args->velocities_out;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::float32 var_k_spring = _wp_args->k_spring;
    wp::float32 var_inv_mass = _wp_args->inv_mass;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32>* var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    //---------
    // forward
    // def integrate_particles(                                                               <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // x = points[tid]                                                                        <L 15>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = velocities[tid]                                                                    <L 16>
    var_4 = wp::address(var_velocities, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // anchor = anchors[tid]                                                                  <L 17>
    var_7 = wp::address(var_anchors, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // v_new = v + ((k_spring * (anchor - x)) * inv_mass) * time_step                         <L 20>
    var_10 = wp::sub(var_8, var_2);
    var_11 = wp::mul(var_k_spring, var_10);
    var_12 = wp::mul(var_11, var_inv_mass);
    var_13 = wp::mul(var_12, var_time_step);
    var_14 = wp::add(var_5, var_13);
    // velocities_out[tid] = v_new                                                            <L 21>
    wp::array_store(var_velocities_out, var_0, var_14);
    // points[tid] = (x + v * time_step) + v_new * time_step                                  <L 22>
    var_15 = wp::mul(var_5, var_time_step);
    var_16 = wp::add(var_2, var_15);
    var_17 = wp::mul(var_14, var_time_step);
    var_18 = wp::add(var_16, var_17);
    wp::array_store(var_points, var_0, var_18);
}



template <bool wp_linear_contiguous>
static void integrate_particles_819756fe_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_particles_819756fe *_wp_args,
    wp_args_integrate_particles_819756fe *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<2, wp::float32>> var_anchors = _wp_args->anchors;
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities_out = _wp_args->velocities_out;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::float32 var_k_spring = _wp_args->k_spring;
    wp::float32 var_inv_mass = _wp_args->inv_mass;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_anchors = _wp_adj_args->anchors;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocities_out = _wp_adj_args->velocities_out;
    wp::float32 adj_time_step = _wp_adj_args->time_step;
    wp::float32 adj_k_spring = _wp_adj_args->k_spring;
    wp::float32 adj_inv_mass = _wp_adj_args->inv_mass;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32>* var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    wp::vec_t<2, wp::float32> adj_17 = {};
    wp::vec_t<2, wp::float32> adj_18 = {};
    //---------
    // forward
    // def integrate_particles(                                                               <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // x = points[tid]                                                                        <L 15>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = velocities[tid]                                                                    <L 16>
    var_4 = wp::address(var_velocities, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // anchor = anchors[tid]                                                                  <L 17>
    var_7 = wp::address(var_anchors, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // v_new = v + ((k_spring * (anchor - x)) * inv_mass) * time_step                         <L 20>
    var_10 = wp::sub(var_8, var_2);
    var_11 = wp::mul(var_k_spring, var_10);
    var_12 = wp::mul(var_11, var_inv_mass);
    var_13 = wp::mul(var_12, var_time_step);
    var_14 = wp::add(var_5, var_13);
    // velocities_out[tid] = v_new                                                            <L 21>
    // wp::array_store(var_velocities_out, var_0, var_14);
    // points[tid] = (x + v * time_step) + v_new * time_step                                  <L 22>
    var_15 = wp::mul(var_5, var_time_step);
    var_16 = wp::add(var_2, var_15);
    var_17 = wp::mul(var_14, var_time_step);
    var_18 = wp::add(var_16, var_17);
    // wp::array_store(var_points, var_0, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_points, var_0, var_18, adj_points, adj_0, adj_18);
    wp::adj_add(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_mul(var_14, var_time_step, adj_14, adj_time_step, adj_17);
    wp::adj_add(var_2, var_15, adj_2, adj_15, adj_16);
    wp::adj_mul(var_5, var_time_step, adj_5, adj_time_step, adj_15);
    // adj: points[tid] = (x + v * time_step) + v_new * time_step                             <L 22>
    wp::adj_array_store(var_velocities_out, var_0, var_14, adj_velocities_out, adj_0, adj_14);
    // adj: velocities_out[tid] = v_new                                                       <L 21>
    wp::adj_add(var_5, var_13, adj_5, adj_13, adj_14);
    wp::adj_mul(var_12, var_time_step, adj_12, adj_time_step, adj_13);
    wp::adj_mul(var_11, var_inv_mass, adj_11, adj_inv_mass, adj_12);
    wp::adj_mul(var_k_spring, var_10, adj_k_spring, adj_10, adj_11);
    wp::adj_sub(var_8, var_2, adj_8, adj_2, adj_10);
    // adj: v_new = v + ((k_spring * (anchor - x)) * inv_mass) * time_step                    <L 20>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_anchors, var_0, adj_anchors, adj_0, adj_7);
    // adj: anchor = anchors[tid]                                                             <L 17>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_4);
    // adj: v = velocities[tid]                                                               <L 16>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: x = points[tid]                                                                   <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def integrate_particles(                                                          <L 5>
    return;
}



struct integrate_particles_819756fe_cpu_block_payload_forward
{
    wp_args_integrate_particles_819756fe* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void integrate_particles_819756fe_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    integrate_particles_819756fe_cpu_block_payload_forward* payload = (integrate_particles_819756fe_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    integrate_particles_819756fe_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void integrate_particles_819756fe_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_particles_819756fe *_wp_args)
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
        integrate_particles_819756fe_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &integrate_particles_819756fe_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct integrate_particles_819756fe_cpu_block_payload_backward
{
    wp_args_integrate_particles_819756fe* args;
    wp_args_integrate_particles_819756fe* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void integrate_particles_819756fe_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    integrate_particles_819756fe_cpu_block_payload_backward* payload = (integrate_particles_819756fe_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    integrate_particles_819756fe_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void integrate_particles_819756fe_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_particles_819756fe *_wp_args,
    wp_args_integrate_particles_819756fe *_wp_adj_args)
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
        integrate_particles_819756fe_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &integrate_particles_819756fe_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

