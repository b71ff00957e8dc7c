// Warp 1.19.0 cpu code for binarize_321b43a8.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_binarize_b6aac44d {
    wp::array_t<wp::vec_t<3, wp::float32>> image;
    wp::array_t<wp::float32> mask;
    wp::float32 luma_threshold;
};


template <bool wp_linear_contiguous>
static void binarize_b6aac44d_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_binarize_b6aac44d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_image = _wp_args->image;
    wp::array_t<wp::float32> var_mask = _wp_args->mask;
    wp::float32 var_luma_threshold = _wp_args->luma_threshold;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.299;
    const wp::float32 var_6 = 0.587;
    const wp::float32 var_7 = 0.114;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    bool var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 0.5;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // forward
    // def binarize(image: wp.array2d[wp.vec3], mask: wp.array2d[float], luma_threshold: float):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // c = image[i, j]                                                                        <L 7>
    var_2 = wp::address(var_image, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // lum = wp.dot(c, wp.vec3(0.299, 0.587, 0.114))                                          <L 10>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    var_9 = wp::dot(var_3, var_8);
    // if lum >= luma_threshold:                                                              <L 11>
    var_10 = (var_9 >= var_luma_threshold);
    if (var_10) {
        // mask[i, j] = 1.0                                                                   <L 12>
        wp::array_store(var_mask, var_0, var_1, var_11);
    }
    if (!var_10) {
        // mask[i, j] = wp.smoothstep(0.5 * luma_threshold, luma_threshold, lum)              <L 14>
        var_13 = wp::mul(var_12, var_luma_threshold);
        var_14 = wp::smoothstep(var_13, var_luma_threshold, var_9);
        wp::array_store(var_mask, var_0, var_1, var_14);
    }
}



template <bool wp_linear_contiguous>
static void binarize_b6aac44d_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_binarize_b6aac44d *_wp_args,
    wp_args_binarize_b6aac44d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_image = _wp_args->image;
    wp::array_t<wp::float32> var_mask = _wp_args->mask;
    wp::float32 var_luma_threshold = _wp_args->luma_threshold;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_image = _wp_adj_args->image;
    wp::array_t<wp::float32> adj_mask = _wp_adj_args->mask;
    wp::float32 adj_luma_threshold = _wp_adj_args->luma_threshold;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.299;
    const wp::float32 var_6 = 0.587;
    const wp::float32 var_7 = 0.114;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    bool var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 0.5;
    wp::float32 var_13;
    wp::float32 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    //---------
    // forward
    // def binarize(image: wp.array2d[wp.vec3], mask: wp.array2d[float], luma_threshold: float):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // c = image[i, j]                                                                        <L 7>
    var_2 = wp::address(var_image, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // lum = wp.dot(c, wp.vec3(0.299, 0.587, 0.114))                                          <L 10>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    var_9 = wp::dot(var_3, var_8);
    // if lum >= luma_threshold:                                                              <L 11>
    var_10 = (var_9 >= var_luma_threshold);
    if (var_10) {
        // mask[i, j] = 1.0                                                                   <L 12>
        // wp::array_store(var_mask, var_0, var_1, var_11);
    }
    if (!var_10) {
        // mask[i, j] = wp.smoothstep(0.5 * luma_threshold, luma_threshold, lum)              <L 14>
        var_13 = wp::mul(var_12, var_luma_threshold);
        var_14 = wp::smoothstep(var_13, var_luma_threshold, var_9);
        // wp::array_store(var_mask, var_0, var_1, var_14);
    }
    //---------
    // reverse
    if (!var_10) {
        wp::adj_array_store(var_mask, var_0, var_1, var_14, adj_mask, adj_0, adj_1, adj_14);
        wp::adj_smoothstep(var_13, var_luma_threshold, var_9, adj_13, adj_luma_threshold, adj_9, adj_14);
        wp::adj_mul(var_12, var_luma_threshold, adj_12, adj_luma_threshold, adj_13);
        // adj: mask[i, j] = wp.smoothstep(0.5 * luma_threshold, luma_threshold, lum)         <L 14>
    }
    if (var_10) {
        wp::adj_array_store(var_mask, var_0, var_1, var_11, adj_mask, adj_0, adj_1, adj_11);
        // adj: mask[i, j] = 1.0                                                              <L 12>
    }
    // adj: if lum >= luma_threshold:                                                         <L 11>
    wp::adj_dot(var_3, var_8, adj_3, adj_8, adj_9);
    wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
    // adj: lum = wp.dot(c, wp.vec3(0.299, 0.587, 0.114))                                     <L 10>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_2);
    // adj: c = image[i, j]                                                                   <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def binarize(image: wp.array2d[wp.vec3], mask: wp.array2d[float], luma_threshold: float):  <L 5>
    return;
}



struct binarize_b6aac44d_cpu_block_payload_forward
{
    wp_args_binarize_b6aac44d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void binarize_b6aac44d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    binarize_b6aac44d_cpu_block_payload_forward* payload = (binarize_b6aac44d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    binarize_b6aac44d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void binarize_b6aac44d_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_binarize_b6aac44d *_wp_args)
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
        binarize_b6aac44d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &binarize_b6aac44d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct binarize_b6aac44d_cpu_block_payload_backward
{
    wp_args_binarize_b6aac44d* args;
    wp_args_binarize_b6aac44d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void binarize_b6aac44d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    binarize_b6aac44d_cpu_block_payload_backward* payload = (binarize_b6aac44d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    binarize_b6aac44d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void binarize_b6aac44d_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_binarize_b6aac44d *_wp_args,
    wp_args_binarize_b6aac44d *_wp_adj_args)
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
        binarize_b6aac44d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &binarize_b6aac44d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

