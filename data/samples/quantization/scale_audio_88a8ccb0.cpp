// Warp 1.19.0 cpu code for scale_audio_88a8ccb0.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_scale_audio_da14e2d4 {
    wp::array_t<wp::int16> samples;
    wp::float32 master_gain;
};


template <bool wp_linear_contiguous>
static void scale_audio_da14e2d4_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scale_audio_da14e2d4 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int16> var_samples = _wp_args->samples;
    wp::float32 var_master_gain = _wp_args->master_gain;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int16* var_1;
    wp::float32 var_2;
    wp::int16 var_3;
    wp::int16* var_4;
    wp::float32 var_5;
    wp::int16 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = -32768.0;
    const wp::float32 var_10 = 32767.0;
    wp::float32 var_11;
    wp::int16 var_12;
    //---------
    // forward
    // def scale_audio(samples: wp.array[wp.int16], master_gain: float):                      <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // mixed = float(samples[tid]) + float(samples[tid]) * master_gain                        <L 7>
    var_1 = wp::address(var_samples, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::float(var_3);
    var_4 = wp::address(var_samples, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::float(var_6);
    var_7 = wp::mul(var_5, var_master_gain);
    var_8 = wp::add(var_2, var_7);
    // samples[tid] = wp.int16(wp.clamp(mixed, -32768.0, 32767.0))                            <L 8>
    var_11 = wp::clamp(var_8, var_9, var_10);
    var_12 = wp::int16(var_11);
    wp::array_store(var_samples, var_0, var_12);
}



template <bool wp_linear_contiguous>
static void scale_audio_da14e2d4_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scale_audio_da14e2d4 *_wp_args,
    wp_args_scale_audio_da14e2d4 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int16> var_samples = _wp_args->samples;
    wp::float32 var_master_gain = _wp_args->master_gain;
    wp::array_t<wp::int16> adj_samples = _wp_adj_args->samples;
    wp::float32 adj_master_gain = _wp_adj_args->master_gain;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int16* var_1;
    wp::float32 var_2;
    wp::int16 var_3;
    wp::int16* var_4;
    wp::float32 var_5;
    wp::int16 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = -32768.0;
    const wp::float32 var_10 = 32767.0;
    wp::float32 var_11;
    wp::int16 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int16 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int16 adj_3 = {};
    wp::int16 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int16 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int16 adj_12 = {};
    //---------
    // forward
    // def scale_audio(samples: wp.array[wp.int16], master_gain: float):                      <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // mixed = float(samples[tid]) + float(samples[tid]) * master_gain                        <L 7>
    var_1 = wp::address(var_samples, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::float(var_3);
    var_4 = wp::address(var_samples, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::float(var_6);
    var_7 = wp::mul(var_5, var_master_gain);
    var_8 = wp::add(var_2, var_7);
    // samples[tid] = wp.int16(wp.clamp(mixed, -32768.0, 32767.0))                            <L 8>
    var_11 = wp::clamp(var_8, var_9, var_10);
    var_12 = wp::int16(var_11);
    // wp::array_store(var_samples, var_0, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_samples, var_0, var_12, adj_samples, adj_0, adj_12);
    wp::adj_clamp(var_8, var_9, var_10, adj_8, adj_9, adj_10, adj_11);
    // adj: samples[tid] = wp.int16(wp.clamp(mixed, -32768.0, 32767.0))                       <L 8>
    wp::adj_add(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_mul(var_5, var_master_gain, adj_5, adj_master_gain, adj_7);
    wp::adj_float(var_6, adj_4, adj_5);
    wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_4);
    wp::adj_float(var_3, adj_1, adj_2);
    wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_1);
    // adj: mixed = float(samples[tid]) + float(samples[tid]) * master_gain                   <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def scale_audio(samples: wp.array[wp.int16], master_gain: float):                 <L 5>
    return;
}



struct scale_audio_da14e2d4_cpu_block_payload_forward
{
    wp_args_scale_audio_da14e2d4* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scale_audio_da14e2d4_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scale_audio_da14e2d4_cpu_block_payload_forward* payload = (scale_audio_da14e2d4_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scale_audio_da14e2d4_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void scale_audio_da14e2d4_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_audio_da14e2d4 *_wp_args)
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
        scale_audio_da14e2d4_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scale_audio_da14e2d4_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct scale_audio_da14e2d4_cpu_block_payload_backward
{
    wp_args_scale_audio_da14e2d4* args;
    wp_args_scale_audio_da14e2d4* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scale_audio_da14e2d4_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scale_audio_da14e2d4_cpu_block_payload_backward* payload = (scale_audio_da14e2d4_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scale_audio_da14e2d4_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void scale_audio_da14e2d4_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_audio_da14e2d4 *_wp_args,
    wp_args_scale_audio_da14e2d4 *_wp_adj_args)
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
        scale_audio_da14e2d4_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scale_audio_da14e2d4_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

