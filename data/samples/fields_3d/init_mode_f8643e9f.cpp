// Warp 1.19.0 cpu code for init_mode_f8643e9f.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_step_field_7c1afaaf {
    wp::float32 dissipation;
    wp::float32 time_step;
    wp::array_t<wp::vec_t<3, wp::float32>> concentration;
};


template <bool wp_linear_contiguous>
static void step_field_7c1afaaf_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_step_field_7c1afaaf *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float32 var_dissipation = _wp_args->dissipation;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::vec_t<3, wp::float32>> var_concentration = _wp_args->concentration;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // forward
    // def step_field(dissipation: float, time_step: float, concentration: wp.array3d[wp.vec3]):       <L 19>
    // i, j, k = wp.tid()                                                                     <L 20>
    builtin_tid3d(var_0, var_1, var_2);
    // concentration[i, j, k] *= 1.0 - dissipation * time_step                                <L 21>
    var_3 = wp::address(var_concentration, var_0, var_1, var_2);
    var_5 = wp::mul(var_dissipation, var_time_step);
    var_6 = wp::sub(var_4, var_5);
    var_8 = wp::load(var_3);
    var_7 = wp::mul(var_8, var_6);
    wp::array_store(var_concentration, var_0, var_1, var_2, var_7);
}



template <bool wp_linear_contiguous>
static void step_field_7c1afaaf_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_step_field_7c1afaaf *_wp_args,
    wp_args_step_field_7c1afaaf *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float32 var_dissipation = _wp_args->dissipation;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::vec_t<3, wp::float32>> var_concentration = _wp_args->concentration;
    wp::float32 adj_dissipation = _wp_adj_args->dissipation;
    wp::float32 adj_time_step = _wp_adj_args->time_step;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_concentration = _wp_adj_args->concentration;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    //---------
    // forward
    // def step_field(dissipation: float, time_step: float, concentration: wp.array3d[wp.vec3]):       <L 19>
    // i, j, k = wp.tid()                                                                     <L 20>
    builtin_tid3d(var_0, var_1, var_2);
    // concentration[i, j, k] *= 1.0 - dissipation * time_step                                <L 21>
    var_3 = wp::address(var_concentration, var_0, var_1, var_2);
    var_5 = wp::mul(var_dissipation, var_time_step);
    var_6 = wp::sub(var_4, var_5);
    var_8 = wp::load(var_3);
    var_7 = wp::mul(var_8, var_6);
    // wp::array_store(var_concentration, var_0, var_1, var_2, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_concentration, var_0, var_1, var_2, var_7, adj_concentration, adj_0, adj_1, adj_2, adj_7);
    wp::adj_mul(var_8, var_6, adj_3, adj_6, adj_7);
    wp::adj_sub(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_mul(var_dissipation, var_time_step, adj_dissipation, adj_time_step, adj_5);
    wp::adj_address(var_concentration, var_0, var_1, var_2, adj_concentration, adj_0, adj_1, adj_2, adj_3);
    // adj: concentration[i, j, k] *= 1.0 - dissipation * time_step                           <L 21>
    // adj: i, j, k = wp.tid()                                                                <L 20>
    // adj: def step_field(dissipation: float, time_step: float, concentration: wp.array3d[wp.vec3]):  <L 19>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_field_7c1afaaf_cpu_forward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_field_7c1afaaf *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_field_7c1afaaf_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void step_field_7c1afaaf_cpu_forward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_field_7c1afaaf *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    step_field_7c1afaaf_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void step_field_7c1afaaf_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_field_7c1afaaf *_wp_args)
{
    step_field_7c1afaaf_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_field_7c1afaaf_cpu_backward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_field_7c1afaaf *_wp_args,
    wp_args_step_field_7c1afaaf *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_field_7c1afaaf_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void step_field_7c1afaaf_cpu_backward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_field_7c1afaaf *_wp_args,
    wp_args_step_field_7c1afaaf *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    step_field_7c1afaaf_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void step_field_7c1afaaf_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_step_field_7c1afaaf *_wp_args,
    wp_args_step_field_7c1afaaf *_wp_adj_args)
{
    step_field_7c1afaaf_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_init_mode_9ae441fa {
    wp::float32 spatial_freq;
    wp::float32 amplitude;
    wp::array_t<wp::float32> field_out;
};


template <bool wp_linear_contiguous>
static void init_mode_9ae441fa_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_init_mode_9ae441fa *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float32 var_spatial_freq = _wp_args->spatial_freq;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> var_field_out = _wp_args->field_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.5;
    wp::float32 var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.5;
    wp::float32 var_14;
    wp::shape_t* var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::shape_t var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.5;
    wp::float32 var_23;
    wp::shape_t* var_24;
    const wp::int32 var_25 = 2;
    wp::int32 var_26;
    wp::shape_t var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.5;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    //---------
    // forward
    // def init_mode(spatial_freq: float, amplitude: float, field_out: wp.array3d[float]):       <L 5>
    // i, j, k = wp.tid()                                                                     <L 7>
    builtin_tid3d(var_0, var_1, var_2);
    // x = (float(i) + 0.5) / float(field_out.shape[0])                                       <L 10>
    var_3 = wp::float(var_0);
    var_5 = wp::add(var_3, var_4);
    var_6 = &(var_field_out.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = wp::float(var_8);
    var_11 = wp::div(var_5, var_10);
    // y = (float(j) + 0.5) / float(field_out.shape[1])                                       <L 11>
    var_12 = wp::float(var_1);
    var_14 = wp::add(var_12, var_13);
    var_15 = &(var_field_out.shape);
    var_18 = wp::load(var_15);
    var_17 = wp::extract(var_18, var_16);
    var_19 = wp::float(var_17);
    var_20 = wp::div(var_14, var_19);
    // z = (float(k) + 0.5) / float(field_out.shape[2])                                       <L 12>
    var_21 = wp::float(var_2);
    var_23 = wp::add(var_21, var_22);
    var_24 = &(var_field_out.shape);
    var_27 = wp::load(var_24);
    var_26 = wp::extract(var_27, var_25);
    var_28 = wp::float(var_26);
    var_29 = wp::div(var_23, var_28);
    // c = 0.5                                                                                <L 13>
    // r = wp.sqrt((x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c))                 <L 14>
    var_31 = wp::sub(var_11, var_30);
    var_32 = wp::sub(var_11, var_30);
    var_33 = wp::mul(var_31, var_32);
    var_34 = wp::sub(var_20, var_30);
    var_35 = wp::sub(var_20, var_30);
    var_36 = wp::mul(var_34, var_35);
    var_37 = wp::add(var_33, var_36);
    var_38 = wp::sub(var_29, var_30);
    var_39 = wp::sub(var_29, var_30);
    var_40 = wp::mul(var_38, var_39);
    var_41 = wp::add(var_37, var_40);
    var_42 = wp::sqrt(var_41);
    // field_out[i, j, k] = amplitude * wp.cos(spatial_freq * r)                              <L 15>
    var_43 = wp::mul(var_spatial_freq, var_42);
    var_44 = wp::cos(var_43);
    var_45 = wp::mul(var_amplitude, var_44);
    wp::array_store(var_field_out, var_0, var_1, var_2, var_45);
}



template <bool wp_linear_contiguous>
static void init_mode_9ae441fa_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_init_mode_9ae441fa *_wp_args,
    wp_args_init_mode_9ae441fa *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float32 var_spatial_freq = _wp_args->spatial_freq;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> var_field_out = _wp_args->field_out;
    wp::float32 adj_spatial_freq = _wp_adj_args->spatial_freq;
    wp::float32 adj_amplitude = _wp_adj_args->amplitude;
    wp::array_t<wp::float32> adj_field_out = _wp_adj_args->field_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.5;
    wp::float32 var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.5;
    wp::float32 var_14;
    wp::shape_t* var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::shape_t var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.5;
    wp::float32 var_23;
    wp::shape_t* var_24;
    const wp::int32 var_25 = 2;
    wp::int32 var_26;
    wp::shape_t var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.5;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::shape_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::shape_t adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::shape_t adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::shape_t adj_27 = {};
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
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    //---------
    // forward
    // def init_mode(spatial_freq: float, amplitude: float, field_out: wp.array3d[float]):       <L 5>
    // i, j, k = wp.tid()                                                                     <L 7>
    builtin_tid3d(var_0, var_1, var_2);
    // x = (float(i) + 0.5) / float(field_out.shape[0])                                       <L 10>
    var_3 = wp::float(var_0);
    var_5 = wp::add(var_3, var_4);
    var_6 = &(var_field_out.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = wp::float(var_8);
    var_11 = wp::div(var_5, var_10);
    // y = (float(j) + 0.5) / float(field_out.shape[1])                                       <L 11>
    var_12 = wp::float(var_1);
    var_14 = wp::add(var_12, var_13);
    var_15 = &(var_field_out.shape);
    var_18 = wp::load(var_15);
    var_17 = wp::extract(var_18, var_16);
    var_19 = wp::float(var_17);
    var_20 = wp::div(var_14, var_19);
    // z = (float(k) + 0.5) / float(field_out.shape[2])                                       <L 12>
    var_21 = wp::float(var_2);
    var_23 = wp::add(var_21, var_22);
    var_24 = &(var_field_out.shape);
    var_27 = wp::load(var_24);
    var_26 = wp::extract(var_27, var_25);
    var_28 = wp::float(var_26);
    var_29 = wp::div(var_23, var_28);
    // c = 0.5                                                                                <L 13>
    // r = wp.sqrt((x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c))                 <L 14>
    var_31 = wp::sub(var_11, var_30);
    var_32 = wp::sub(var_11, var_30);
    var_33 = wp::mul(var_31, var_32);
    var_34 = wp::sub(var_20, var_30);
    var_35 = wp::sub(var_20, var_30);
    var_36 = wp::mul(var_34, var_35);
    var_37 = wp::add(var_33, var_36);
    var_38 = wp::sub(var_29, var_30);
    var_39 = wp::sub(var_29, var_30);
    var_40 = wp::mul(var_38, var_39);
    var_41 = wp::add(var_37, var_40);
    var_42 = wp::sqrt(var_41);
    // field_out[i, j, k] = amplitude * wp.cos(spatial_freq * r)                              <L 15>
    var_43 = wp::mul(var_spatial_freq, var_42);
    var_44 = wp::cos(var_43);
    var_45 = wp::mul(var_amplitude, var_44);
    // wp::array_store(var_field_out, var_0, var_1, var_2, var_45);
    //---------
    // reverse
    wp::adj_array_store(var_field_out, var_0, var_1, var_2, var_45, adj_field_out, adj_0, adj_1, adj_2, adj_45);
    wp::adj_mul(var_amplitude, var_44, adj_amplitude, adj_44, adj_45);
    wp::adj_cos(var_43, adj_43, adj_44);
    wp::adj_mul(var_spatial_freq, var_42, adj_spatial_freq, adj_42, adj_43);
    // adj: field_out[i, j, k] = amplitude * wp.cos(spatial_freq * r)                         <L 15>
    wp::adj_sqrt(var_41, var_42, adj_41, adj_42);
    wp::adj_add(var_37, var_40, adj_37, adj_40, adj_41);
    wp::adj_mul(var_38, var_39, adj_38, adj_39, adj_40);
    wp::adj_sub(var_29, var_30, adj_29, adj_30, adj_39);
    wp::adj_sub(var_29, var_30, adj_29, adj_30, adj_38);
    wp::adj_add(var_33, var_36, adj_33, adj_36, adj_37);
    wp::adj_mul(var_34, var_35, adj_34, adj_35, adj_36);
    wp::adj_sub(var_20, var_30, adj_20, adj_30, adj_35);
    wp::adj_sub(var_20, var_30, adj_20, adj_30, adj_34);
    wp::adj_mul(var_31, var_32, adj_31, adj_32, adj_33);
    wp::adj_sub(var_11, var_30, adj_11, adj_30, adj_32);
    wp::adj_sub(var_11, var_30, adj_11, adj_30, adj_31);
    // adj: r = wp.sqrt((x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c))            <L 14>
    // adj: c = 0.5                                                                           <L 13>
    wp::adj_div(var_23, var_28, var_29, adj_23, adj_28, adj_29);
    wp::adj_float(var_26, adj_26, adj_28);
    adj_field_out.shape = adj_24;
    wp::adj_add(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_float(var_2, adj_2, adj_21);
    // adj: z = (float(k) + 0.5) / float(field_out.shape[2])                                  <L 12>
    wp::adj_div(var_14, var_19, var_20, adj_14, adj_19, adj_20);
    wp::adj_float(var_17, adj_17, adj_19);
    adj_field_out.shape = adj_15;
    wp::adj_add(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_float(var_1, adj_1, adj_12);
    // adj: y = (float(j) + 0.5) / float(field_out.shape[1])                                  <L 11>
    wp::adj_div(var_5, var_10, var_11, adj_5, adj_10, adj_11);
    wp::adj_float(var_8, adj_8, adj_10);
    adj_field_out.shape = adj_6;
    wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_float(var_0, adj_0, adj_3);
    // adj: x = (float(i) + 0.5) / float(field_out.shape[0])                                  <L 10>
    // adj: i, j, k = wp.tid()                                                                <L 7>
    // adj: def init_mode(spatial_freq: float, amplitude: float, field_out: wp.array3d[float]):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void init_mode_9ae441fa_cpu_forward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_mode_9ae441fa *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        init_mode_9ae441fa_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void init_mode_9ae441fa_cpu_forward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_mode_9ae441fa *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    init_mode_9ae441fa_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void init_mode_9ae441fa_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_mode_9ae441fa *_wp_args)
{
    init_mode_9ae441fa_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void init_mode_9ae441fa_cpu_backward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_mode_9ae441fa *_wp_args,
    wp_args_init_mode_9ae441fa *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        init_mode_9ae441fa_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void init_mode_9ae441fa_cpu_backward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_mode_9ae441fa *_wp_args,
    wp_args_init_mode_9ae441fa *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    init_mode_9ae441fa_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void init_mode_9ae441fa_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_mode_9ae441fa *_wp_args,
    wp_args_init_mode_9ae441fa *_wp_adj_args)
{
    init_mode_9ae441fa_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

