// Warp 1.19.0 cpu code for add_images_27963343.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_add_images_38c07b21 {
    wp::array_t<wp::float64> image;
    wp::array_t<wp::float64> background;
    wp::array_t<wp::float64> dst;
};


template <bool wp_linear_contiguous>
static void add_images_38c07b21_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_add_images_38c07b21 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_image = _wp_args->image;
    wp::array_t<wp::float64> var_background = _wp_args->background;
    wp::array_t<wp::float64> var_dst = _wp_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float64* var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64* var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    //---------
    // forward
    // def add_images(                                                                        <L 5>
    // i, j = wp.tid()                                                                        <L 10>
    builtin_tid2d(var_0, var_1);
    // c_b = background[i, j]                                                                 <L 11>
    var_2 = wp::address(var_background, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // dst[i, j] = image[i, j] + c_b                                                          <L 12>
    var_5 = wp::address(var_image, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_7, var_3);
    wp::array_store(var_dst, var_0, var_1, var_6);
}



template <bool wp_linear_contiguous>
static void add_images_38c07b21_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_add_images_38c07b21 *_wp_args,
    wp_args_add_images_38c07b21 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_image = _wp_args->image;
    wp::array_t<wp::float64> var_background = _wp_args->background;
    wp::array_t<wp::float64> var_dst = _wp_args->dst;
    wp::array_t<wp::float64> adj_image = _wp_adj_args->image;
    wp::array_t<wp::float64> adj_background = _wp_adj_args->background;
    wp::array_t<wp::float64> adj_dst = _wp_adj_args->dst;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float64* var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    wp::float64* var_5;
    wp::float64 var_6;
    wp::float64 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    //---------
    // forward
    // def add_images(                                                                        <L 5>
    // i, j = wp.tid()                                                                        <L 10>
    builtin_tid2d(var_0, var_1);
    // c_b = background[i, j]                                                                 <L 11>
    var_2 = wp::address(var_background, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // dst[i, j] = image[i, j] + c_b                                                          <L 12>
    var_5 = wp::address(var_image, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_7, var_3);
    // wp::array_store(var_dst, var_0, var_1, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_dst, var_0, var_1, var_6, adj_dst, adj_0, adj_1, adj_6);
    wp::adj_add(var_7, var_3, adj_5, adj_3, adj_6);
    wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_5);
    // adj: dst[i, j] = image[i, j] + c_b                                                     <L 12>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_background, var_0, var_1, adj_background, adj_0, adj_1, adj_2);
    // adj: c_b = background[i, j]                                                            <L 11>
    // adj: i, j = wp.tid()                                                                   <L 10>
    // adj: def add_images(                                                                   <L 5>
    return;
}



struct add_images_38c07b21_cpu_block_payload_forward
{
    wp_args_add_images_38c07b21* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void add_images_38c07b21_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    add_images_38c07b21_cpu_block_payload_forward* payload = (add_images_38c07b21_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    add_images_38c07b21_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void add_images_38c07b21_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_images_38c07b21 *_wp_args)
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
        add_images_38c07b21_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &add_images_38c07b21_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct add_images_38c07b21_cpu_block_payload_backward
{
    wp_args_add_images_38c07b21* args;
    wp_args_add_images_38c07b21* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void add_images_38c07b21_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    add_images_38c07b21_cpu_block_payload_backward* payload = (add_images_38c07b21_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    add_images_38c07b21_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void add_images_38c07b21_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_images_38c07b21 *_wp_args,
    wp_args_add_images_38c07b21 *_wp_adj_args)
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
        add_images_38c07b21_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &add_images_38c07b21_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

