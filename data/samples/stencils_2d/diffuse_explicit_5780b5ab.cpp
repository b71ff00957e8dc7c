// Warp 1.19.0 cpu code for diffuse_explicit_5780b5ab.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_diffuse_explicit_3544032b {
    wp::array_t<wp::float32> temp;
    wp::array_t<wp::float32> sources;
    wp::array_t<wp::float32> temp_new;
    wp::float32 diffusivity;
    wp::float32 dt;
    wp::float32 h;
};


template <bool wp_linear_contiguous>
static void diffuse_explicit_3544032b_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_diffuse_explicit_3544032b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_temp = _wp_args->temp;
    wp::array_t<wp::float32> var_sources = _wp_args->sources;
    wp::array_t<wp::float32> var_temp_new = _wp_args->temp_new;
    wp::float32 var_diffusivity = _wp_args->diffusivity;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_h = _wp_args->h;
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
    bool var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    bool var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    bool var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::float32* var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    wp::float32* var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    const wp::float32 var_43 = 4.0;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32* var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    //---------
    // forward
    // def diffuse_explicit(                                                                  <L 5>
    // i, j = wp.tid()                                                                        <L 13>
    builtin_tid2d(var_0, var_1);
    // width = temp.shape[0]                                                                  <L 14>
    var_2 = &(var_temp.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = temp.shape[1]                                                                 <L 15>
    var_6 = &(var_temp.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // center = temp[i, j]                                                                    <L 16>
    var_10 = wp::address(var_temp, var_0, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // if i == 0 or i == width - 1 or j == 0 or j == height - 1:                              <L 17>
    var_15 = (var_0 == var_14);
    var_13 = var_15;
    if (!var_13) {
        var_17 = wp::sub(var_4, var_16);
        var_18 = (var_0 == var_17);
        var_13 = var_13 || var_18;
    }
    if (!var_13) {
        var_20 = (var_1 == var_19);
        var_13 = var_13 || var_20;
    }
    if (!var_13) {
        var_22 = wp::sub(var_8, var_21);
        var_23 = (var_1 == var_22);
        var_13 = var_13 || var_23;
    }
    if (var_13) {
        // temp_new[i, j] = center                                                            <L 18>
        wp::array_store(var_temp_new, var_0, var_1, var_11);
        // return                                                                             <L 19>
        return;
    }
    // lap = (temp[i - 1, j] + temp[i + 1, j] + temp[i, j - 1] + temp[i, j + 1] - 4.0 * center) / (h * h)       <L 20>
    var_25 = wp::sub(var_0, var_24);
    var_26 = wp::address(var_temp, var_25, var_1);
    var_28 = wp::add(var_0, var_27);
    var_29 = wp::address(var_temp, var_28, var_1);
    var_31 = wp::load(var_26);
    var_32 = wp::load(var_29);
    var_30 = wp::add(var_31, var_32);
    var_34 = wp::sub(var_1, var_33);
    var_35 = wp::address(var_temp, var_0, var_34);
    var_37 = wp::load(var_35);
    var_36 = wp::add(var_30, var_37);
    var_39 = wp::add(var_1, var_38);
    var_40 = wp::address(var_temp, var_0, var_39);
    var_42 = wp::load(var_40);
    var_41 = wp::add(var_36, var_42);
    var_44 = wp::mul(var_43, var_11);
    var_45 = wp::sub(var_41, var_44);
    var_46 = wp::mul(var_h, var_h);
    var_47 = wp::div(var_45, var_46);
    // temp_new[i, j] = center + dt * (diffusivity * lap + sources[i, j])                     <L 21>
    var_48 = wp::mul(var_diffusivity, var_47);
    var_49 = wp::address(var_sources, var_0, var_1);
    var_51 = wp::load(var_49);
    var_50 = wp::add(var_48, var_51);
    var_52 = wp::mul(var_dt, var_50);
    var_53 = wp::add(var_11, var_52);
    wp::array_store(var_temp_new, var_0, var_1, var_53);
}



template <bool wp_linear_contiguous>
static void diffuse_explicit_3544032b_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_diffuse_explicit_3544032b *_wp_args,
    wp_args_diffuse_explicit_3544032b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_temp = _wp_args->temp;
    wp::array_t<wp::float32> var_sources = _wp_args->sources;
    wp::array_t<wp::float32> var_temp_new = _wp_args->temp_new;
    wp::float32 var_diffusivity = _wp_args->diffusivity;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_h = _wp_args->h;
    wp::array_t<wp::float32> adj_temp = _wp_adj_args->temp;
    wp::array_t<wp::float32> adj_sources = _wp_adj_args->sources;
    wp::array_t<wp::float32> adj_temp_new = _wp_adj_args->temp_new;
    wp::float32 adj_diffusivity = _wp_adj_args->diffusivity;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_h = _wp_adj_args->h;
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
    bool var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    bool var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    bool var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::float32* var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    wp::float32* var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    const wp::float32 var_43 = 4.0;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32* var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
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
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
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
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    //---------
    // forward
    // def diffuse_explicit(                                                                  <L 5>
    // i, j = wp.tid()                                                                        <L 13>
    builtin_tid2d(var_0, var_1);
    // width = temp.shape[0]                                                                  <L 14>
    var_2 = &(var_temp.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = temp.shape[1]                                                                 <L 15>
    var_6 = &(var_temp.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // center = temp[i, j]                                                                    <L 16>
    var_10 = wp::address(var_temp, var_0, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // if i == 0 or i == width - 1 or j == 0 or j == height - 1:                              <L 17>
    var_15 = (var_0 == var_14);
    var_13 = var_15;
    if (!var_13) {
        var_17 = wp::sub(var_4, var_16);
        var_18 = (var_0 == var_17);
        var_13 = var_13 || var_18;
    }
    if (!var_13) {
        var_20 = (var_1 == var_19);
        var_13 = var_13 || var_20;
    }
    if (!var_13) {
        var_22 = wp::sub(var_8, var_21);
        var_23 = (var_1 == var_22);
        var_13 = var_13 || var_23;
    }
    if (var_13) {
        // temp_new[i, j] = center                                                            <L 18>
        // wp::array_store(var_temp_new, var_0, var_1, var_11);
        // return                                                                             <L 19>
        goto label0;
    }
    // lap = (temp[i - 1, j] + temp[i + 1, j] + temp[i, j - 1] + temp[i, j + 1] - 4.0 * center) / (h * h)       <L 20>
    var_25 = wp::sub(var_0, var_24);
    var_26 = wp::address(var_temp, var_25, var_1);
    var_28 = wp::add(var_0, var_27);
    var_29 = wp::address(var_temp, var_28, var_1);
    var_31 = wp::load(var_26);
    var_32 = wp::load(var_29);
    var_30 = wp::add(var_31, var_32);
    var_34 = wp::sub(var_1, var_33);
    var_35 = wp::address(var_temp, var_0, var_34);
    var_37 = wp::load(var_35);
    var_36 = wp::add(var_30, var_37);
    var_39 = wp::add(var_1, var_38);
    var_40 = wp::address(var_temp, var_0, var_39);
    var_42 = wp::load(var_40);
    var_41 = wp::add(var_36, var_42);
    var_44 = wp::mul(var_43, var_11);
    var_45 = wp::sub(var_41, var_44);
    var_46 = wp::mul(var_h, var_h);
    var_47 = wp::div(var_45, var_46);
    // temp_new[i, j] = center + dt * (diffusivity * lap + sources[i, j])                     <L 21>
    var_48 = wp::mul(var_diffusivity, var_47);
    var_49 = wp::address(var_sources, var_0, var_1);
    var_51 = wp::load(var_49);
    var_50 = wp::add(var_48, var_51);
    var_52 = wp::mul(var_dt, var_50);
    var_53 = wp::add(var_11, var_52);
    // wp::array_store(var_temp_new, var_0, var_1, var_53);
    //---------
    // reverse
    wp::adj_array_store(var_temp_new, var_0, var_1, var_53, adj_temp_new, adj_0, adj_1, adj_53);
    wp::adj_add(var_11, var_52, adj_11, adj_52, adj_53);
    wp::adj_mul(var_dt, var_50, adj_dt, adj_50, adj_52);
    wp::adj_add(var_48, var_51, adj_48, adj_49, adj_50);
    wp::adj_address(var_sources, var_0, var_1, adj_sources, adj_0, adj_1, adj_49);
    wp::adj_mul(var_diffusivity, var_47, adj_diffusivity, adj_47, adj_48);
    // adj: temp_new[i, j] = center + dt * (diffusivity * lap + sources[i, j])                <L 21>
    wp::adj_div(var_45, var_46, var_47, adj_45, adj_46, adj_47);
    wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_46);
    wp::adj_sub(var_41, var_44, adj_41, adj_44, adj_45);
    wp::adj_mul(var_43, var_11, adj_43, adj_11, adj_44);
    wp::adj_add(var_36, var_42, adj_36, adj_40, adj_41);
    wp::adj_address(var_temp, var_0, var_39, adj_temp, adj_0, adj_39, adj_40);
    wp::adj_add(var_1, var_38, adj_1, adj_38, adj_39);
    wp::adj_add(var_30, var_37, adj_30, adj_35, adj_36);
    wp::adj_address(var_temp, var_0, var_34, adj_temp, adj_0, adj_34, adj_35);
    wp::adj_sub(var_1, var_33, adj_1, adj_33, adj_34);
    wp::adj_add(var_31, var_32, adj_26, adj_29, adj_30);
    wp::adj_address(var_temp, var_28, var_1, adj_temp, adj_28, adj_1, adj_29);
    wp::adj_add(var_0, var_27, adj_0, adj_27, adj_28);
    wp::adj_address(var_temp, var_25, var_1, adj_temp, adj_25, adj_1, adj_26);
    wp::adj_sub(var_0, var_24, adj_0, adj_24, adj_25);
    // adj: lap = (temp[i - 1, j] + temp[i + 1, j] + temp[i, j - 1] + temp[i, j + 1] - 4.0 * center) / (h * h)  <L 20>
    if (var_13) {
        label0:;
        // adj: return                                                                        <L 19>
        wp::adj_array_store(var_temp_new, var_0, var_1, var_11, adj_temp_new, adj_0, adj_1, adj_11);
        // adj: temp_new[i, j] = center                                                       <L 18>
    }
    if (!var_13) {
        wp::adj_sub(var_8, var_21, adj_8, adj_21, adj_22);
    }
    if (!var_13) {
    }
    if (!var_13) {
        wp::adj_sub(var_4, var_16, adj_4, adj_16, adj_17);
    }
    // adj: if i == 0 or i == width - 1 or j == 0 or j == height - 1:                         <L 17>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_temp, var_0, var_1, adj_temp, adj_0, adj_1, adj_10);
    // adj: center = temp[i, j]                                                               <L 16>
    adj_temp.shape = adj_6;
    // adj: height = temp.shape[1]                                                            <L 15>
    adj_temp.shape = adj_2;
    // adj: width = temp.shape[0]                                                             <L 14>
    // adj: i, j = wp.tid()                                                                   <L 13>
    // adj: def diffuse_explicit(                                                             <L 5>
    return;
}



struct diffuse_explicit_3544032b_cpu_block_payload_forward
{
    wp_args_diffuse_explicit_3544032b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void diffuse_explicit_3544032b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    diffuse_explicit_3544032b_cpu_block_payload_forward* payload = (diffuse_explicit_3544032b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    diffuse_explicit_3544032b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void diffuse_explicit_3544032b_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_diffuse_explicit_3544032b *_wp_args)
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
        diffuse_explicit_3544032b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &diffuse_explicit_3544032b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct diffuse_explicit_3544032b_cpu_block_payload_backward
{
    wp_args_diffuse_explicit_3544032b* args;
    wp_args_diffuse_explicit_3544032b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void diffuse_explicit_3544032b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    diffuse_explicit_3544032b_cpu_block_payload_backward* payload = (diffuse_explicit_3544032b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    diffuse_explicit_3544032b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void diffuse_explicit_3544032b_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_diffuse_explicit_3544032b *_wp_args,
    wp_args_diffuse_explicit_3544032b *_wp_adj_args)
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
        diffuse_explicit_3544032b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &diffuse_explicit_3544032b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

