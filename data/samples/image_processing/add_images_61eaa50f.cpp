// Warp 1.19.0 cpu code for add_images_61eaa50f.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_add_images_a42aead8 {
    wp::array_t<wp::float32> img;
    wp::array_t<wp::float32> frame_b;
    wp::array_t<wp::float32> dst;
};


template <bool wp_linear_contiguous>
static void add_images_a42aead8_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_add_images_a42aead8 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_img = _wp_args->img;
    wp::array_t<wp::float32> var_frame_b = _wp_args->frame_b;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def add_images(                                                                        <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // c = img[i, j]                                                                          <L 12>
    var_2 = wp::address(var_img, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // dst[i, j] = c - frame_b[i, j]                                                          <L 13>
    var_5 = wp::address(var_frame_b, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::sub(var_3, var_7);
    wp::array_store(var_dst, var_0, var_1, var_6);
}



template <bool wp_linear_contiguous>
static void add_images_a42aead8_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_add_images_a42aead8 *_wp_args,
    wp_args_add_images_a42aead8 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_img = _wp_args->img;
    wp::array_t<wp::float32> var_frame_b = _wp_args->frame_b;
    wp::array_t<wp::float32> var_dst = _wp_args->dst;
    wp::array_t<wp::float32> adj_img = _wp_adj_args->img;
    wp::array_t<wp::float32> adj_frame_b = _wp_adj_args->frame_b;
    wp::array_t<wp::float32> adj_dst = _wp_adj_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def add_images(                                                                        <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // c = img[i, j]                                                                          <L 12>
    var_2 = wp::address(var_img, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // dst[i, j] = c - frame_b[i, j]                                                          <L 13>
    var_5 = wp::address(var_frame_b, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::sub(var_3, var_7);
    // wp::array_store(var_dst, var_0, var_1, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_0, var_1, var_6, adj_dst, adj_0, adj_1, adj_6);
    wp::adj_sub(var_3, var_7, adj_3, adj_5, adj_6);
    wp::adj_address(var_frame_b, var_0, var_1, adj_frame_b, adj_0, adj_1, adj_5);
    // adj: dst[i, j] = c - frame_b[i, j]                                                     <L 13>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_img, var_0, var_1, adj_img, adj_0, adj_1, adj_2);
    // adj: c = img[i, j]                                                                     <L 12>
    // adj: i, j = wp.tid()                                                                   <L 11>
    // adj: def add_images(                                                                   <L 5>
    return;
}



struct add_images_a42aead8_cpu_block_payload_forward
{
    wp_args_add_images_a42aead8* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void add_images_a42aead8_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    add_images_a42aead8_cpu_block_payload_forward* payload = (add_images_a42aead8_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    add_images_a42aead8_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void add_images_a42aead8_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_images_a42aead8 *_wp_args)
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
        add_images_a42aead8_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &add_images_a42aead8_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct add_images_a42aead8_cpu_block_payload_backward
{
    wp_args_add_images_a42aead8* args;
    wp_args_add_images_a42aead8* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void add_images_a42aead8_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    add_images_a42aead8_cpu_block_payload_backward* payload = (add_images_a42aead8_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    add_images_a42aead8_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void add_images_a42aead8_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_images_a42aead8 *_wp_args,
    wp_args_add_images_a42aead8 *_wp_adj_args)
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
        add_images_a42aead8_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &add_images_a42aead8_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

