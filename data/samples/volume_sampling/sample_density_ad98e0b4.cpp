// Warp 1.19.0 cpu code for sample_density_ad98e0b4.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_sample_density_847f1212 {
    wp::uint64 volume;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::float32> samples;
    wp::float32 dt;
};


template <bool wp_linear_contiguous>
static void sample_density_847f1212_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_density_847f1212 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_volume = _wp_args->volume;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_samples = _wp_args->samples;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::int32 var_21;
    wp::float32 var_22;
    //---------
    // forward
    // def sample_density(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // pos = positions[tid]                                                                   <L 13>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = particle_v[tid]                                                                    <L 14>
    var_4 = wp::address(var_particle_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // p_index = wp.volume_world_to_index(volume, pos + v * dt)                               <L 15>
    var_7 = wp::mul(var_5, var_dt);
    var_8 = wp::add(var_2, var_7);
    var_9 = wp::volume_world_to_index(var_volume, var_8);
    // density = wp.volume_lookup(volume, int(wp.floor(p_index[0])), int(wp.floor(p_index[1])), int(wp.floor(p_index[2])), dtype=float)       <L 16>
    var_11 = wp::extract(var_9, var_10);
    var_12 = wp::floor(var_11);
    var_13 = wp::int(var_12);
    var_15 = wp::extract(var_9, var_14);
    var_16 = wp::floor(var_15);
    var_17 = wp::int(var_16);
    var_19 = wp::extract(var_9, var_18);
    var_20 = wp::floor(var_19);
    var_21 = wp::int(var_20);
    var_22 = wp::volume_lookup<float>(var_volume, var_13, var_17, var_21);
    // samples[tid] = density                                                                 <L 17>
    wp::array_store(var_samples, var_0, var_22);
}



template <bool wp_linear_contiguous>
static void sample_density_847f1212_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_density_847f1212 *_wp_args,
    wp_args_sample_density_847f1212 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_volume = _wp_args->volume;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_samples = _wp_args->samples;
    wp::float32 var_dt = _wp_args->dt;
    wp::uint64 adj_volume = _wp_adj_args->volume;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::float32> adj_samples = _wp_adj_args->samples;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::int32 var_21;
    wp::float32 var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    //---------
    // forward
    // def sample_density(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // pos = positions[tid]                                                                   <L 13>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = particle_v[tid]                                                                    <L 14>
    var_4 = wp::address(var_particle_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // p_index = wp.volume_world_to_index(volume, pos + v * dt)                               <L 15>
    var_7 = wp::mul(var_5, var_dt);
    var_8 = wp::add(var_2, var_7);
    var_9 = wp::volume_world_to_index(var_volume, var_8);
    // density = wp.volume_lookup(volume, int(wp.floor(p_index[0])), int(wp.floor(p_index[1])), int(wp.floor(p_index[2])), dtype=float)       <L 16>
    var_11 = wp::extract(var_9, var_10);
    var_12 = wp::floor(var_11);
    var_13 = wp::int(var_12);
    var_15 = wp::extract(var_9, var_14);
    var_16 = wp::floor(var_15);
    var_17 = wp::int(var_16);
    var_19 = wp::extract(var_9, var_18);
    var_20 = wp::floor(var_19);
    var_21 = wp::int(var_20);
    var_22 = wp::volume_lookup<float>(var_volume, var_13, var_17, var_21);
    // samples[tid] = density                                                                 <L 17>
    // wp::array_store(var_samples, var_0, var_22);
    //---------
    // reverse
    wp::adj_array_store(var_samples, var_0, var_22, adj_samples, adj_0, adj_22);
    // adj: samples[tid] = density                                                            <L 17>
    wp::adj_extract(var_9, var_18, adj_9, adj_18, adj_19);
    wp::adj_extract(var_9, var_14, adj_9, adj_14, adj_15);
    wp::adj_extract(var_9, var_10, adj_9, adj_10, adj_11);
    // adj: density = wp.volume_lookup(volume, int(wp.floor(p_index[0])), int(wp.floor(p_index[1])), int(wp.floor(p_index[2])), dtype=float)  <L 16>
    wp::adj_volume_world_to_index(var_volume, var_8, adj_volume, adj_8, adj_9);
    wp::adj_add(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_mul(var_5, var_dt, adj_5, adj_dt, adj_7);
    // adj: p_index = wp.volume_world_to_index(volume, pos + v * dt)                          <L 15>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_4);
    // adj: v = particle_v[tid]                                                               <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
    // adj: pos = positions[tid]                                                              <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def sample_density(                                                               <L 5>
    return;
}



struct sample_density_847f1212_cpu_block_payload_forward
{
    wp_args_sample_density_847f1212* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sample_density_847f1212_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sample_density_847f1212_cpu_block_payload_forward* payload = (sample_density_847f1212_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sample_density_847f1212_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void sample_density_847f1212_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_density_847f1212 *_wp_args)
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
        sample_density_847f1212_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sample_density_847f1212_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct sample_density_847f1212_cpu_block_payload_backward
{
    wp_args_sample_density_847f1212* args;
    wp_args_sample_density_847f1212* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sample_density_847f1212_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sample_density_847f1212_cpu_block_payload_backward* payload = (sample_density_847f1212_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sample_density_847f1212_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void sample_density_847f1212_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_density_847f1212 *_wp_args,
    wp_args_sample_density_847f1212 *_wp_adj_args)
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
        sample_density_847f1212_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sample_density_847f1212_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

