// Warp 1.19.0 cpu code for init_standing_wave_603a3a3f.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_init_standing_wave_844100d9 {
    wp::array_t<wp::float32> field_out;
    wp::float32 amplitude;
};


template <bool wp_linear_contiguous>
static void init_standing_wave_844100d9_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_init_standing_wave_844100d9 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_field_out = _wp_args->field_out;
    wp::float32 var_amplitude = _wp_args->amplitude;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::shape_t* var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::shape_t var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::shape_t* var_22;
    const wp::int32 var_23 = 2;
    wp::int32 var_24;
    wp::shape_t var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 3.14159265358979;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    //---------
    // forward
    // def init_standing_wave(field_out: wp.array3d(dtype=float), amplitude: float):          <L 8>
    // i, j, k = wp.tid()                                                                     <L 9>
    builtin_tid3d(var_0, var_1, var_2);
    // x = float(i) / float(field_out.shape[0] - 1)                                           <L 10>
    var_3 = wp::float(var_0);
    var_4 = &(var_field_out.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_9 = wp::sub(var_6, var_8);
    var_10 = wp::float(var_9);
    var_11 = wp::div(var_3, var_10);
    // y = float(j) / float(field_out.shape[1] - 1)                                           <L 11>
    var_12 = wp::float(var_1);
    var_13 = &(var_field_out.shape);
    var_16 = wp::load(var_13);
    var_15 = wp::extract(var_16, var_14);
    var_18 = wp::sub(var_15, var_17);
    var_19 = wp::float(var_18);
    var_20 = wp::div(var_12, var_19);
    // z = float(k) / float(field_out.shape[2] - 1)                                           <L 12>
    var_21 = wp::float(var_2);
    var_22 = &(var_field_out.shape);
    var_25 = wp::load(var_22);
    var_24 = wp::extract(var_25, var_23);
    var_27 = wp::sub(var_24, var_26);
    var_28 = wp::float(var_27);
    var_29 = wp::div(var_21, var_28);
    // field_out[i, j, k] = amplitude * wp.sin(PI * x) * wp.sin(PI * y) * wp.sin(PI * z)       <L 13>
    var_31 = wp::mul(var_30, var_11);
    var_32 = wp::sin(var_31);
    var_33 = wp::mul(var_amplitude, var_32);
    var_34 = wp::mul(var_30, var_20);
    var_35 = wp::sin(var_34);
    var_36 = wp::mul(var_33, var_35);
    var_37 = wp::mul(var_30, var_29);
    var_38 = wp::sin(var_37);
    var_39 = wp::mul(var_36, var_38);
    wp::array_store(var_field_out, var_0, var_1, var_2, var_39);
}



template <bool wp_linear_contiguous>
static void init_standing_wave_844100d9_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_init_standing_wave_844100d9 *_wp_args,
    wp_args_init_standing_wave_844100d9 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_field_out = _wp_args->field_out;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> adj_field_out = _wp_adj_args->field_out;
    wp::float32 adj_amplitude = _wp_adj_args->amplitude;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::shape_t* var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::shape_t var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::shape_t* var_22;
    const wp::int32 var_23 = 2;
    wp::int32 var_24;
    wp::shape_t var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 3.14159265358979;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::shape_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::shape_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::shape_t adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::shape_t adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    //---------
    // forward
    // def init_standing_wave(field_out: wp.array3d(dtype=float), amplitude: float):          <L 8>
    // i, j, k = wp.tid()                                                                     <L 9>
    builtin_tid3d(var_0, var_1, var_2);
    // x = float(i) / float(field_out.shape[0] - 1)                                           <L 10>
    var_3 = wp::float(var_0);
    var_4 = &(var_field_out.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_9 = wp::sub(var_6, var_8);
    var_10 = wp::float(var_9);
    var_11 = wp::div(var_3, var_10);
    // y = float(j) / float(field_out.shape[1] - 1)                                           <L 11>
    var_12 = wp::float(var_1);
    var_13 = &(var_field_out.shape);
    var_16 = wp::load(var_13);
    var_15 = wp::extract(var_16, var_14);
    var_18 = wp::sub(var_15, var_17);
    var_19 = wp::float(var_18);
    var_20 = wp::div(var_12, var_19);
    // z = float(k) / float(field_out.shape[2] - 1)                                           <L 12>
    var_21 = wp::float(var_2);
    var_22 = &(var_field_out.shape);
    var_25 = wp::load(var_22);
    var_24 = wp::extract(var_25, var_23);
    var_27 = wp::sub(var_24, var_26);
    var_28 = wp::float(var_27);
    var_29 = wp::div(var_21, var_28);
    // field_out[i, j, k] = amplitude * wp.sin(PI * x) * wp.sin(PI * y) * wp.sin(PI * z)       <L 13>
    var_31 = wp::mul(var_30, var_11);
    var_32 = wp::sin(var_31);
    var_33 = wp::mul(var_amplitude, var_32);
    var_34 = wp::mul(var_30, var_20);
    var_35 = wp::sin(var_34);
    var_36 = wp::mul(var_33, var_35);
    var_37 = wp::mul(var_30, var_29);
    var_38 = wp::sin(var_37);
    var_39 = wp::mul(var_36, var_38);
    // wp::array_store(var_field_out, var_0, var_1, var_2, var_39);
    //---------
    // reverse
    wp::adj_array_store(var_field_out, var_0, var_1, var_2, var_39, adj_field_out, adj_0, adj_1, adj_2, adj_39);
    wp::adj_mul(var_36, var_38, adj_36, adj_38, adj_39);
    wp::adj_sin(var_37, adj_37, adj_38);
    wp::adj_mul(var_30, var_29, adj_30, adj_29, adj_37);
    wp::adj_mul(var_33, var_35, adj_33, adj_35, adj_36);
    wp::adj_sin(var_34, adj_34, adj_35);
    wp::adj_mul(var_30, var_20, adj_30, adj_20, adj_34);
    wp::adj_mul(var_amplitude, var_32, adj_amplitude, adj_32, adj_33);
    wp::adj_sin(var_31, adj_31, adj_32);
    wp::adj_mul(var_30, var_11, adj_30, adj_11, adj_31);
    // adj: field_out[i, j, k] = amplitude * wp.sin(PI * x) * wp.sin(PI * y) * wp.sin(PI * z)  <L 13>
    wp::adj_div(var_21, var_28, var_29, adj_21, adj_28, adj_29);
    wp::adj_float(var_27, adj_27, adj_28);
    wp::adj_sub(var_24, var_26, adj_24, adj_26, adj_27);
    adj_field_out.shape = adj_22;
    wp::adj_float(var_2, adj_2, adj_21);
    // adj: z = float(k) / float(field_out.shape[2] - 1)                                      <L 12>
    wp::adj_div(var_12, var_19, var_20, adj_12, adj_19, adj_20);
    wp::adj_float(var_18, adj_18, adj_19);
    wp::adj_sub(var_15, var_17, adj_15, adj_17, adj_18);
    adj_field_out.shape = adj_13;
    wp::adj_float(var_1, adj_1, adj_12);
    // adj: y = float(j) / float(field_out.shape[1] - 1)                                      <L 11>
    wp::adj_div(var_3, var_10, var_11, adj_3, adj_10, adj_11);
    wp::adj_float(var_9, adj_9, adj_10);
    wp::adj_sub(var_6, var_8, adj_6, adj_8, adj_9);
    adj_field_out.shape = adj_4;
    wp::adj_float(var_0, adj_0, adj_3);
    // adj: x = float(i) / float(field_out.shape[0] - 1)                                      <L 10>
    // adj: i, j, k = wp.tid()                                                                <L 9>
    // adj: def init_standing_wave(field_out: wp.array3d(dtype=float), amplitude: float):     <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void init_standing_wave_844100d9_cpu_forward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_standing_wave_844100d9 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        init_standing_wave_844100d9_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void init_standing_wave_844100d9_cpu_forward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_standing_wave_844100d9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    init_standing_wave_844100d9_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void init_standing_wave_844100d9_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_standing_wave_844100d9 *_wp_args)
{
    init_standing_wave_844100d9_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void init_standing_wave_844100d9_cpu_backward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_standing_wave_844100d9 *_wp_args,
    wp_args_init_standing_wave_844100d9 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        init_standing_wave_844100d9_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void init_standing_wave_844100d9_cpu_backward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_standing_wave_844100d9 *_wp_args,
    wp_args_init_standing_wave_844100d9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    init_standing_wave_844100d9_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void init_standing_wave_844100d9_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_standing_wave_844100d9 *_wp_args,
    wp_args_init_standing_wave_844100d9 *_wp_adj_args)
{
    init_standing_wave_844100d9_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

