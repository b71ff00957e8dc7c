// Warp 1.19.0 cpu code for integrate_forces_9565b5a7.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_integrate_forces_ef51f6ba {
    wp::array_t<wp::vec_t<2, wp::float32>> velocities;
    wp::array_t<wp::vec_t<2, wp::float32>> positions;
    wp::array_t<wp::vec_t<2, wp::float32>> anchors;
    wp::array_t<wp::float32> spring_rest_length;
    wp::float32 stiffness;
    wp::float32 particle_mass;
    wp::float32 dt;
    wp::array_t<wp::vec_t<2, wp::float32>> new_velocities;
};


template <bool wp_linear_contiguous>
static void integrate_forces_ef51f6ba_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_forces_ef51f6ba *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<2, wp::float32>> var_anchors = _wp_args->anchors;
    wp::array_t<wp::float32> var_spring_rest_length = _wp_args->spring_rest_length;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::float32 var_particle_mass = _wp_args->particle_mass;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<2, wp::float32>> var_new_velocities = _wp_args->new_velocities;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<2, wp::float32>* var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 1e-06;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<2, wp::float32> var_19;
    const wp::float32 var_20 = 1.0;
    wp::float32 var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
    wp::vec_t<2, wp::float32> var_24;
    //---------
    // forward
    // def integrate_forces(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // v = velocities[tid]                                                                    <L 17>
    var_1 = wp::address(var_velocities, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // target = anchors[tid]                                                                  <L 18>
    var_4 = wp::address(var_anchors, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // rest = spring_rest_length[tid]                                                         <L 19>
    var_7 = wp::address(var_spring_rest_length, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // offset = target - positions[tid]                                                       <L 22>
    var_10 = wp::address(var_positions, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::sub(var_5, var_12);
    // distance = wp.length(offset)                                                           <L 23>
    var_13 = wp::length(var_11);
    // f_spring = offset * (stiffness * (distance - rest) / wp.max(distance, 1.0e-6))         <L 24>
    var_14 = wp::sub(var_13, var_8);
    var_15 = wp::mul(var_stiffness, var_14);
    var_17 = wp::max(var_13, var_16);
    var_18 = wp::div(var_15, var_17);
    var_19 = wp::mul(var_11, var_18);
    // w = 1.0 / particle_mass                                                                <L 25>
    var_21 = wp::div(var_20, var_particle_mass);
    // new_velocities[tid] = v + f_spring * w * dt                                            <L 26>
    var_22 = wp::mul(var_19, var_21);
    var_23 = wp::mul(var_22, var_dt);
    var_24 = wp::add(var_2, var_23);
    wp::array_store(var_new_velocities, var_0, var_24);
}



template <bool wp_linear_contiguous>
static void integrate_forces_ef51f6ba_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_forces_ef51f6ba *_wp_args,
    wp_args_integrate_forces_ef51f6ba *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<2, wp::float32>> var_anchors = _wp_args->anchors;
    wp::array_t<wp::float32> var_spring_rest_length = _wp_args->spring_rest_length;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::float32 var_particle_mass = _wp_args->particle_mass;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<2, wp::float32>> var_new_velocities = _wp_args->new_velocities;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_anchors = _wp_adj_args->anchors;
    wp::array_t<wp::float32> adj_spring_rest_length = _wp_adj_args->spring_rest_length;
    wp::float32 adj_stiffness = _wp_adj_args->stiffness;
    wp::float32 adj_particle_mass = _wp_adj_args->particle_mass;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_new_velocities = _wp_adj_args->new_velocities;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<2, wp::float32>* var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::float32 var_16 = 1e-06;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<2, wp::float32> var_19;
    const wp::float32 var_20 = 1.0;
    wp::float32 var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
    wp::vec_t<2, wp::float32> var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    wp::vec_t<2, wp::float32> adj_23 = {};
    wp::vec_t<2, wp::float32> adj_24 = {};
    //---------
    // forward
    // def integrate_forces(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // v = velocities[tid]                                                                    <L 17>
    var_1 = wp::address(var_velocities, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // target = anchors[tid]                                                                  <L 18>
    var_4 = wp::address(var_anchors, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // rest = spring_rest_length[tid]                                                         <L 19>
    var_7 = wp::address(var_spring_rest_length, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // offset = target - positions[tid]                                                       <L 22>
    var_10 = wp::address(var_positions, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::sub(var_5, var_12);
    // distance = wp.length(offset)                                                           <L 23>
    var_13 = wp::length(var_11);
    // f_spring = offset * (stiffness * (distance - rest) / wp.max(distance, 1.0e-6))         <L 24>
    var_14 = wp::sub(var_13, var_8);
    var_15 = wp::mul(var_stiffness, var_14);
    var_17 = wp::max(var_13, var_16);
    var_18 = wp::div(var_15, var_17);
    var_19 = wp::mul(var_11, var_18);
    // w = 1.0 / particle_mass                                                                <L 25>
    var_21 = wp::div(var_20, var_particle_mass);
    // new_velocities[tid] = v + f_spring * w * dt                                            <L 26>
    var_22 = wp::mul(var_19, var_21);
    var_23 = wp::mul(var_22, var_dt);
    var_24 = wp::add(var_2, var_23);
    // wp::array_store(var_new_velocities, var_0, var_24);
    //---------
    // reverse
    wp::adj_array_store(var_new_velocities, var_0, var_24, adj_new_velocities, adj_0, adj_24);
    wp::adj_add(var_2, var_23, adj_2, adj_23, adj_24);
    wp::adj_mul(var_22, var_dt, adj_22, adj_dt, adj_23);
    wp::adj_mul(var_19, var_21, adj_19, adj_21, adj_22);
    // adj: new_velocities[tid] = v + f_spring * w * dt                                       <L 26>
    wp::adj_div(var_20, var_particle_mass, var_21, adj_20, adj_particle_mass, adj_21);
    // adj: w = 1.0 / particle_mass                                                           <L 25>
    wp::adj_mul(var_11, var_18, adj_11, adj_18, adj_19);
    wp::adj_div(var_15, var_17, var_18, adj_15, adj_17, adj_18);
    wp::adj_max(var_13, var_16, adj_13, adj_16, adj_17);
    wp::adj_mul(var_stiffness, var_14, adj_stiffness, adj_14, adj_15);
    wp::adj_sub(var_13, var_8, adj_13, adj_8, adj_14);
    // adj: f_spring = offset * (stiffness * (distance - rest) / wp.max(distance, 1.0e-6))    <L 24>
    wp::adj_length(var_11, var_13, adj_11, adj_13);
    // adj: distance = wp.length(offset)                                                      <L 23>
    wp::adj_sub(var_5, var_12, adj_5, adj_10, adj_11);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_10);
    // adj: offset = target - positions[tid]                                                  <L 22>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_spring_rest_length, var_0, adj_spring_rest_length, adj_0, adj_7);
    // adj: rest = spring_rest_length[tid]                                                    <L 19>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_anchors, var_0, adj_anchors, adj_0, adj_4);
    // adj: target = anchors[tid]                                                             <L 18>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_1);
    // adj: v = velocities[tid]                                                               <L 17>
    // adj: tid = wp.tid()                                                                    <L 16>
    // adj: def integrate_forces(                                                             <L 5>
    return;
}



struct integrate_forces_ef51f6ba_cpu_block_payload_forward
{
    wp_args_integrate_forces_ef51f6ba* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void integrate_forces_ef51f6ba_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    integrate_forces_ef51f6ba_cpu_block_payload_forward* payload = (integrate_forces_ef51f6ba_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    integrate_forces_ef51f6ba_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void integrate_forces_ef51f6ba_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_forces_ef51f6ba *_wp_args)
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
        integrate_forces_ef51f6ba_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &integrate_forces_ef51f6ba_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct integrate_forces_ef51f6ba_cpu_block_payload_backward
{
    wp_args_integrate_forces_ef51f6ba* args;
    wp_args_integrate_forces_ef51f6ba* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void integrate_forces_ef51f6ba_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    integrate_forces_ef51f6ba_cpu_block_payload_backward* payload = (integrate_forces_ef51f6ba_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    integrate_forces_ef51f6ba_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void integrate_forces_ef51f6ba_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_forces_ef51f6ba *_wp_args,
    wp_args_integrate_forces_ef51f6ba *_wp_adj_args)
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
        integrate_forces_ef51f6ba_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &integrate_forces_ef51f6ba_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

