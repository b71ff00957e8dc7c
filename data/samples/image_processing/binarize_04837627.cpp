// Warp 1.19.0 cpu code for binarize_04837627.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_binarize_9f3aafab {
    wp::array_t<wp::vec_t<3, wp::float32>> pixels;
    wp::array_t<wp::float32> mask;
    wp::float32 cutoff;
};


template <bool wp_linear_contiguous>
static void binarize_9f3aafab_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_binarize_9f3aafab *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels = _wp_args->pixels;
    wp::array_t<wp::float32> var_mask = _wp_args->mask;
    wp::float32 var_cutoff = _wp_args->cutoff;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    bool var_5;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 0.5;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def binarize(pixels: wp.array2d(dtype=wp.vec3), mask: wp.array2d(dtype=float), cutoff: float):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // brightness = wp.max(pixels[i, j])                                                      <L 7>
    var_2 = wp::address(var_pixels, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::max(var_4);
    // if brightness >= cutoff:                                                               <L 8>
    var_5 = (var_3 >= var_cutoff);
    if (var_5) {
        // mask[i, j] = 1.0                                                                   <L 9>
        wp::array_store(var_mask, var_0, var_1, var_6);
    }
    if (!var_5) {
        // mask[i, j] = wp.smoothstep(0.5 * cutoff, cutoff, brightness)                       <L 11>
        var_8 = wp::mul(var_7, var_cutoff);
        var_9 = wp::smoothstep(var_8, var_cutoff, var_3);
        wp::array_store(var_mask, var_0, var_1, var_9);
    }
}



template <bool wp_linear_contiguous>
static void binarize_9f3aafab_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_binarize_9f3aafab *_wp_args,
    wp_args_binarize_9f3aafab *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_pixels = _wp_args->pixels;
    wp::array_t<wp::float32> var_mask = _wp_args->mask;
    wp::float32 var_cutoff = _wp_args->cutoff;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pixels = _wp_adj_args->pixels;
    wp::array_t<wp::float32> adj_mask = _wp_adj_args->mask;
    wp::float32 adj_cutoff = _wp_adj_args->cutoff;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    bool var_5;
    const wp::float32 var_6 = 1.0;
    const wp::float32 var_7 = 0.5;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def binarize(pixels: wp.array2d(dtype=wp.vec3), mask: wp.array2d(dtype=float), cutoff: float):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // brightness = wp.max(pixels[i, j])                                                      <L 7>
    var_2 = wp::address(var_pixels, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::max(var_4);
    // if brightness >= cutoff:                                                               <L 8>
    var_5 = (var_3 >= var_cutoff);
    if (var_5) {
        // mask[i, j] = 1.0                                                                   <L 9>
        // wp::array_store(var_mask, var_0, var_1, var_6);
    }
    if (!var_5) {
        // mask[i, j] = wp.smoothstep(0.5 * cutoff, cutoff, brightness)                       <L 11>
        var_8 = wp::mul(var_7, var_cutoff);
        var_9 = wp::smoothstep(var_8, var_cutoff, var_3);
        // wp::array_store(var_mask, var_0, var_1, var_9);
    }
    //---------
    // reverse
    if (!var_5) {
        wp::adj_array_store(var_mask, var_0, var_1, var_9, adj_mask, adj_0, adj_1, adj_9);
        wp::adj_smoothstep(var_8, var_cutoff, var_3, adj_8, adj_cutoff, adj_3, adj_9);
        wp::adj_mul(var_7, var_cutoff, adj_7, adj_cutoff, adj_8);
        // adj: mask[i, j] = wp.smoothstep(0.5 * cutoff, cutoff, brightness)                  <L 11>
    }
    if (var_5) {
        wp::adj_array_store(var_mask, var_0, var_1, var_6, adj_mask, adj_0, adj_1, adj_6);
        // adj: mask[i, j] = 1.0                                                              <L 9>
    }
    // adj: if brightness >= cutoff:                                                          <L 8>
    wp::adj_max(var_4, adj_2, adj_3);
    wp::adj_address(var_pixels, var_0, var_1, adj_pixels, adj_0, adj_1, adj_2);
    // adj: brightness = wp.max(pixels[i, j])                                                 <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def binarize(pixels: wp.array2d(dtype=wp.vec3), mask: wp.array2d(dtype=float), cutoff: float):  <L 5>
    return;
}



struct binarize_9f3aafab_cpu_block_payload_forward
{
    wp_args_binarize_9f3aafab* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void binarize_9f3aafab_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    binarize_9f3aafab_cpu_block_payload_forward* payload = (binarize_9f3aafab_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    binarize_9f3aafab_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void binarize_9f3aafab_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_binarize_9f3aafab *_wp_args)
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
        binarize_9f3aafab_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &binarize_9f3aafab_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct binarize_9f3aafab_cpu_block_payload_backward
{
    wp_args_binarize_9f3aafab* args;
    wp_args_binarize_9f3aafab* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void binarize_9f3aafab_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    binarize_9f3aafab_cpu_block_payload_backward* payload = (binarize_9f3aafab_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    binarize_9f3aafab_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void binarize_9f3aafab_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_binarize_9f3aafab *_wp_args,
    wp_args_binarize_9f3aafab *_wp_adj_args)
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
        binarize_9f3aafab_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &binarize_9f3aafab_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

