// Warp 1.19.0 cpu code for finite_difference_f85d6941.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_finite_difference_de8759d4 {
    wp::array_t<wp::vec_t<2, wp::float32>> field;
    wp::array_t<wp::vec_t<2, wp::float32>> df_dx;
    wp::float32 cell_size;
};


template <bool wp_linear_contiguous>
static void finite_difference_de8759d4_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_finite_difference_de8759d4 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_field = _wp_args->field;
    wp::array_t<wp::vec_t<2, wp::float32>> var_df_dx = _wp_args->df_dx;
    wp::float32 var_cell_size = _wp_args->cell_size;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::vec_t<2, wp::float32>* var_17;
    wp::vec_t<2, wp::float32>* var_18;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    const wp::float32 var_22 = 0.5;
    wp::float32 var_23;
    wp::vec_t<2, wp::float32> var_24;
    //---------
    // forward
    // def finite_difference(field: wp.array2d[wp.vec2], df_dx: wp.array2d[wp.vec2], cell_size: float):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // inv_dx = 1.0 / cell_size                                                               <L 7>
    var_3 = wp::div(var_2, var_cell_size);
    // jp = wp.min(j + 1, field.shape[1] - 1)                                                 <L 8>
    var_5 = wp::add(var_1, var_4);
    var_6 = &(var_field.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_11 = wp::sub(var_8, var_10);
    var_12 = wp::min(var_5, var_11);
    // jm = wp.max(j - 1, 0)                                                                  <L 9>
    var_14 = wp::sub(var_1, var_13);
    var_16 = wp::max(var_14, var_15);
    // df_dx[i, j] = (field[i, jp] - field[i, jm]) * (0.5 * inv_dx)                           <L 10>
    var_17 = wp::address(var_field, var_0, var_12);
    var_18 = wp::address(var_field, var_0, var_16);
    var_20 = wp::load(var_17);
    var_21 = wp::load(var_18);
    var_19 = wp::sub(var_20, var_21);
    var_23 = wp::mul(var_22, var_3);
    var_24 = wp::mul(var_19, var_23);
    wp::array_store(var_df_dx, var_0, var_1, var_24);
}



template <bool wp_linear_contiguous>
static void finite_difference_de8759d4_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_finite_difference_de8759d4 *_wp_args,
    wp_args_finite_difference_de8759d4 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_field = _wp_args->field;
    wp::array_t<wp::vec_t<2, wp::float32>> var_df_dx = _wp_args->df_dx;
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_field = _wp_adj_args->field;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_df_dx = _wp_adj_args->df_dx;
    wp::float32 adj_cell_size = _wp_adj_args->cell_size;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::vec_t<2, wp::float32>* var_17;
    wp::vec_t<2, wp::float32>* var_18;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    const wp::float32 var_22 = 0.5;
    wp::float32 var_23;
    wp::vec_t<2, wp::float32> var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::vec_t<2, wp::float32> adj_17 = {};
    wp::vec_t<2, wp::float32> adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::vec_t<2, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<2, wp::float32> adj_24 = {};
    //---------
    // forward
    // def finite_difference(field: wp.array2d[wp.vec2], df_dx: wp.array2d[wp.vec2], cell_size: float):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // inv_dx = 1.0 / cell_size                                                               <L 7>
    var_3 = wp::div(var_2, var_cell_size);
    // jp = wp.min(j + 1, field.shape[1] - 1)                                                 <L 8>
    var_5 = wp::add(var_1, var_4);
    var_6 = &(var_field.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_11 = wp::sub(var_8, var_10);
    var_12 = wp::min(var_5, var_11);
    // jm = wp.max(j - 1, 0)                                                                  <L 9>
    var_14 = wp::sub(var_1, var_13);
    var_16 = wp::max(var_14, var_15);
    // df_dx[i, j] = (field[i, jp] - field[i, jm]) * (0.5 * inv_dx)                           <L 10>
    var_17 = wp::address(var_field, var_0, var_12);
    var_18 = wp::address(var_field, var_0, var_16);
    var_20 = wp::load(var_17);
    var_21 = wp::load(var_18);
    var_19 = wp::sub(var_20, var_21);
    var_23 = wp::mul(var_22, var_3);
    var_24 = wp::mul(var_19, var_23);
    // wp::array_store(var_df_dx, var_0, var_1, var_24);
    //---------
    // reverse
    wp::adj_array_store(var_df_dx, var_0, var_1, var_24, adj_df_dx, adj_0, adj_1, adj_24);
    wp::adj_mul(var_19, var_23, adj_19, adj_23, adj_24);
    wp::adj_mul(var_22, var_3, adj_22, adj_3, adj_23);
    wp::adj_sub(var_20, var_21, adj_17, adj_18, adj_19);
    wp::adj_address(var_field, var_0, var_16, adj_field, adj_0, adj_16, adj_18);
    wp::adj_address(var_field, var_0, var_12, adj_field, adj_0, adj_12, adj_17);
    // adj: df_dx[i, j] = (field[i, jp] - field[i, jm]) * (0.5 * inv_dx)                      <L 10>
    wp::adj_max(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_sub(var_1, var_13, adj_1, adj_13, adj_14);
    // adj: jm = wp.max(j - 1, 0)                                                             <L 9>
    wp::adj_min(var_5, var_11, adj_5, adj_11, adj_12);
    wp::adj_sub(var_8, var_10, adj_8, adj_10, adj_11);
    adj_field.shape = adj_6;
    wp::adj_add(var_1, var_4, adj_1, adj_4, adj_5);
    // adj: jp = wp.min(j + 1, field.shape[1] - 1)                                            <L 8>
    wp::adj_div(var_2, var_cell_size, var_3, adj_2, adj_cell_size, adj_3);
    // adj: inv_dx = 1.0 / cell_size                                                          <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def finite_difference(field: wp.array2d[wp.vec2], df_dx: wp.array2d[wp.vec2], cell_size: float):  <L 5>
    return;
}



struct finite_difference_de8759d4_cpu_block_payload_forward
{
    wp_args_finite_difference_de8759d4* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void finite_difference_de8759d4_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    finite_difference_de8759d4_cpu_block_payload_forward* payload = (finite_difference_de8759d4_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    finite_difference_de8759d4_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void finite_difference_de8759d4_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_finite_difference_de8759d4 *_wp_args)
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
        finite_difference_de8759d4_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &finite_difference_de8759d4_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct finite_difference_de8759d4_cpu_block_payload_backward
{
    wp_args_finite_difference_de8759d4* args;
    wp_args_finite_difference_de8759d4* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void finite_difference_de8759d4_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    finite_difference_de8759d4_cpu_block_payload_backward* payload = (finite_difference_de8759d4_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    finite_difference_de8759d4_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void finite_difference_de8759d4_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_finite_difference_de8759d4 *_wp_args,
    wp_args_finite_difference_de8759d4 *_wp_adj_args)
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
        finite_difference_de8759d4_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &finite_difference_de8759d4_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

