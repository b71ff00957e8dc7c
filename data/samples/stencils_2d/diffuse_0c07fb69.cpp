// Warp 1.19.0 cpu code for diffuse_0c07fb69.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_diffuse_efa21eba {
    wp::array_t<wp::float32> field;
    wp::float32 alpha;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void diffuse_efa21eba_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_diffuse_efa21eba *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    const wp::int32 var_30 = 0;
    wp::int32 var_31;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    wp::int32 var_39;
    wp::float32* var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::float32 var_46 = 4.0;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    //---------
    // forward
    // def diffuse(field: wp.array2d(dtype=float), alpha: float, out: wp.array2d(dtype=float)):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // rows = field.shape[0]                                                                  <L 7>
    var_2 = &(var_field.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // cols = field.shape[1]                                                                  <L 8>
    var_6 = &(var_field.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // center = field[i, j]                                                                   <L 9>
    var_10 = wp::address(var_field, var_0, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // north = field[wp.max(i - 1, 0), j]                                                     <L 10>
    var_14 = wp::sub(var_0, var_13);
    var_16 = wp::max(var_14, var_15);
    var_17 = wp::address(var_field, var_16, var_1);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // south = field[wp.min(i + 1, rows - 1), j]                                              <L 11>
    var_21 = wp::add(var_0, var_20);
    var_23 = wp::sub(var_4, var_22);
    var_24 = wp::min(var_21, var_23);
    var_25 = wp::address(var_field, var_24, var_1);
    var_27 = wp::load(var_25);
    var_26 = wp::copy(var_27);
    // west = field[i, wp.max(j - 1, 0)]                                                      <L 12>
    var_29 = wp::sub(var_1, var_28);
    var_31 = wp::max(var_29, var_30);
    var_32 = wp::address(var_field, var_0, var_31);
    var_34 = wp::load(var_32);
    var_33 = wp::copy(var_34);
    // east = field[i, wp.min(j + 1, cols - 1)]                                               <L 13>
    var_36 = wp::add(var_1, var_35);
    var_38 = wp::sub(var_8, var_37);
    var_39 = wp::min(var_36, var_38);
    var_40 = wp::address(var_field, var_0, var_39);
    var_42 = wp::load(var_40);
    var_41 = wp::copy(var_42);
    // out[i, j] = center + alpha * (north + south + east + west - 4.0 * center) + north       <L 14>
    var_43 = wp::add(var_18, var_26);
    var_44 = wp::add(var_43, var_41);
    var_45 = wp::add(var_44, var_33);
    var_47 = wp::mul(var_46, var_11);
    var_48 = wp::sub(var_45, var_47);
    var_49 = wp::mul(var_alpha, var_48);
    var_50 = wp::add(var_11, var_49);
    var_51 = wp::add(var_50, var_18);
    wp::array_store(var_out, var_0, var_1, var_51);
}



template <bool wp_linear_contiguous>
static void diffuse_efa21eba_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_diffuse_efa21eba *_wp_args,
    wp_args_diffuse_efa21eba *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::float32 var_alpha = _wp_args->alpha;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_field = _wp_adj_args->field;
    wp::float32 adj_alpha = _wp_adj_args->alpha;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    const wp::int32 var_30 = 0;
    wp::int32 var_31;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    wp::int32 var_39;
    wp::float32* var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::float32 var_46 = 4.0;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    //---------
    // forward
    // def diffuse(field: wp.array2d(dtype=float), alpha: float, out: wp.array2d(dtype=float)):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // rows = field.shape[0]                                                                  <L 7>
    var_2 = &(var_field.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // cols = field.shape[1]                                                                  <L 8>
    var_6 = &(var_field.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // center = field[i, j]                                                                   <L 9>
    var_10 = wp::address(var_field, var_0, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // north = field[wp.max(i - 1, 0), j]                                                     <L 10>
    var_14 = wp::sub(var_0, var_13);
    var_16 = wp::max(var_14, var_15);
    var_17 = wp::address(var_field, var_16, var_1);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // south = field[wp.min(i + 1, rows - 1), j]                                              <L 11>
    var_21 = wp::add(var_0, var_20);
    var_23 = wp::sub(var_4, var_22);
    var_24 = wp::min(var_21, var_23);
    var_25 = wp::address(var_field, var_24, var_1);
    var_27 = wp::load(var_25);
    var_26 = wp::copy(var_27);
    // west = field[i, wp.max(j - 1, 0)]                                                      <L 12>
    var_29 = wp::sub(var_1, var_28);
    var_31 = wp::max(var_29, var_30);
    var_32 = wp::address(var_field, var_0, var_31);
    var_34 = wp::load(var_32);
    var_33 = wp::copy(var_34);
    // east = field[i, wp.min(j + 1, cols - 1)]                                               <L 13>
    var_36 = wp::add(var_1, var_35);
    var_38 = wp::sub(var_8, var_37);
    var_39 = wp::min(var_36, var_38);
    var_40 = wp::address(var_field, var_0, var_39);
    var_42 = wp::load(var_40);
    var_41 = wp::copy(var_42);
    // out[i, j] = center + alpha * (north + south + east + west - 4.0 * center) + north       <L 14>
    var_43 = wp::add(var_18, var_26);
    var_44 = wp::add(var_43, var_41);
    var_45 = wp::add(var_44, var_33);
    var_47 = wp::mul(var_46, var_11);
    var_48 = wp::sub(var_45, var_47);
    var_49 = wp::mul(var_alpha, var_48);
    var_50 = wp::add(var_11, var_49);
    var_51 = wp::add(var_50, var_18);
    // wp::array_store(var_out, var_0, var_1, var_51);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_51, adj_out, adj_0, adj_1, adj_51);
    wp::adj_add(var_50, var_18, adj_50, adj_18, adj_51);
    wp::adj_add(var_11, var_49, adj_11, adj_49, adj_50);
    wp::adj_mul(var_alpha, var_48, adj_alpha, adj_48, adj_49);
    wp::adj_sub(var_45, var_47, adj_45, adj_47, adj_48);
    wp::adj_mul(var_46, var_11, adj_46, adj_11, adj_47);
    wp::adj_add(var_44, var_33, adj_44, adj_33, adj_45);
    wp::adj_add(var_43, var_41, adj_43, adj_41, adj_44);
    wp::adj_add(var_18, var_26, adj_18, adj_26, adj_43);
    // adj: out[i, j] = center + alpha * (north + south + east + west - 4.0 * center) + north  <L 14>
    wp::adj_copy(var_42, adj_40, adj_41);
    wp::adj_address(var_field, var_0, var_39, adj_field, adj_0, adj_39, adj_40);
    wp::adj_min(var_36, var_38, adj_36, adj_38, adj_39);
    wp::adj_sub(var_8, var_37, adj_8, adj_37, adj_38);
    wp::adj_add(var_1, var_35, adj_1, adj_35, adj_36);
    // adj: east = field[i, wp.min(j + 1, cols - 1)]                                          <L 13>
    wp::adj_copy(var_34, adj_32, adj_33);
    wp::adj_address(var_field, var_0, var_31, adj_field, adj_0, adj_31, adj_32);
    wp::adj_max(var_29, var_30, adj_29, adj_30, adj_31);
    wp::adj_sub(var_1, var_28, adj_1, adj_28, adj_29);
    // adj: west = field[i, wp.max(j - 1, 0)]                                                 <L 12>
    wp::adj_copy(var_27, adj_25, adj_26);
    wp::adj_address(var_field, var_24, var_1, adj_field, adj_24, adj_1, adj_25);
    wp::adj_min(var_21, var_23, adj_21, adj_23, adj_24);
    wp::adj_sub(var_4, var_22, adj_4, adj_22, adj_23);
    wp::adj_add(var_0, var_20, adj_0, adj_20, adj_21);
    // adj: south = field[wp.min(i + 1, rows - 1), j]                                         <L 11>
    wp::adj_copy(var_19, adj_17, adj_18);
    wp::adj_address(var_field, var_16, var_1, adj_field, adj_16, adj_1, adj_17);
    wp::adj_max(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_sub(var_0, var_13, adj_0, adj_13, adj_14);
    // adj: north = field[wp.max(i - 1, 0), j]                                                <L 10>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_field, var_0, var_1, adj_field, adj_0, adj_1, adj_10);
    // adj: center = field[i, j]                                                              <L 9>
    adj_field.shape = adj_6;
    // adj: cols = field.shape[1]                                                             <L 8>
    adj_field.shape = adj_2;
    // adj: rows = field.shape[0]                                                             <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def diffuse(field: wp.array2d(dtype=float), alpha: float, out: wp.array2d(dtype=float)):  <L 5>
    return;
}



struct diffuse_efa21eba_cpu_block_payload_forward
{
    wp_args_diffuse_efa21eba* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void diffuse_efa21eba_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    diffuse_efa21eba_cpu_block_payload_forward* payload = (diffuse_efa21eba_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    diffuse_efa21eba_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void diffuse_efa21eba_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_diffuse_efa21eba *_wp_args)
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
        diffuse_efa21eba_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &diffuse_efa21eba_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct diffuse_efa21eba_cpu_block_payload_backward
{
    wp_args_diffuse_efa21eba* args;
    wp_args_diffuse_efa21eba* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void diffuse_efa21eba_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    diffuse_efa21eba_cpu_block_payload_backward* payload = (diffuse_efa21eba_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    diffuse_efa21eba_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void diffuse_efa21eba_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_diffuse_efa21eba *_wp_args,
    wp_args_diffuse_efa21eba *_wp_adj_args)
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
        diffuse_efa21eba_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &diffuse_efa21eba_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

