// Warp 1.19.0 cpu code for conduct_heat_a4b8726a.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_conduct_heat_56f7cdd9 {
    wp::array_t<wp::float32> temperature;
    wp::float32 diffusivity;
    wp::float32 delta_time;
    wp::float32 dx;
    wp::float32 source_strength;
    wp::array_t<wp::float32> temperature_out;
};


template <bool wp_linear_contiguous>
static void conduct_heat_56f7cdd9_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_conduct_heat_56f7cdd9 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_temperature = _wp_args->temperature;
    wp::float32 var_diffusivity = _wp_args->diffusivity;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::float32 var_dx = _wp_args->dx;
    wp::float32 var_source_strength = _wp_args->source_strength;
    wp::array_t<wp::float32> var_temperature_out = _wp_args->temperature_out;
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
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    //---------
    // forward
    // def conduct_heat(                                                                      <L 5>
    // i, j = wp.tid()                                                                        <L 13>
    builtin_tid2d(var_0, var_1);
    // width = temperature.shape[0]                                                           <L 14>
    var_2 = &(var_temperature.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = temperature.shape[1]                                                          <L 15>
    var_6 = &(var_temperature.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // center = temperature[i, j]                                                             <L 16>
    var_10 = wp::address(var_temperature, var_0, var_1);
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
        // temperature_out[i, j] = center                                                     <L 18>
        wp::array_store(var_temperature_out, var_0, var_1, var_11);
        // return                                                                             <L 19>
        return;
    }
    // lap = (temperature[i - 1, j] + temperature[i + 1, j] + temperature[i, j - 1] + temperature[i, j + 1] - 4.0 * center) / (dx * dx)       <L 20>
    var_25 = wp::sub(var_0, var_24);
    var_26 = wp::address(var_temperature, var_25, var_1);
    var_28 = wp::add(var_0, var_27);
    var_29 = wp::address(var_temperature, var_28, var_1);
    var_31 = wp::load(var_26);
    var_32 = wp::load(var_29);
    var_30 = wp::add(var_31, var_32);
    var_34 = wp::sub(var_1, var_33);
    var_35 = wp::address(var_temperature, var_0, var_34);
    var_37 = wp::load(var_35);
    var_36 = wp::add(var_30, var_37);
    var_39 = wp::add(var_1, var_38);
    var_40 = wp::address(var_temperature, var_0, var_39);
    var_42 = wp::load(var_40);
    var_41 = wp::add(var_36, var_42);
    var_44 = wp::mul(var_43, var_11);
    var_45 = wp::sub(var_41, var_44);
    var_46 = wp::mul(var_dx, var_dx);
    var_47 = wp::div(var_45, var_46);
    // temperature_out[i, j] = center + delta_time * (diffusivity * lap + source_strength)       <L 21>
    var_48 = wp::mul(var_diffusivity, var_47);
    var_49 = wp::add(var_48, var_source_strength);
    var_50 = wp::mul(var_delta_time, var_49);
    var_51 = wp::add(var_11, var_50);
    wp::array_store(var_temperature_out, var_0, var_1, var_51);
}



template <bool wp_linear_contiguous>
static void conduct_heat_56f7cdd9_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_conduct_heat_56f7cdd9 *_wp_args,
    wp_args_conduct_heat_56f7cdd9 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_temperature = _wp_args->temperature;
    wp::float32 var_diffusivity = _wp_args->diffusivity;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::float32 var_dx = _wp_args->dx;
    wp::float32 var_source_strength = _wp_args->source_strength;
    wp::array_t<wp::float32> var_temperature_out = _wp_args->temperature_out;
    wp::array_t<wp::float32> adj_temperature = _wp_adj_args->temperature;
    wp::float32 adj_diffusivity = _wp_adj_args->diffusivity;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::float32 adj_dx = _wp_adj_args->dx;
    wp::float32 adj_source_strength = _wp_adj_args->source_strength;
    wp::array_t<wp::float32> adj_temperature_out = _wp_adj_args->temperature_out;
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
    //---------
    // forward
    // def conduct_heat(                                                                      <L 5>
    // i, j = wp.tid()                                                                        <L 13>
    builtin_tid2d(var_0, var_1);
    // width = temperature.shape[0]                                                           <L 14>
    var_2 = &(var_temperature.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = temperature.shape[1]                                                          <L 15>
    var_6 = &(var_temperature.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // center = temperature[i, j]                                                             <L 16>
    var_10 = wp::address(var_temperature, var_0, var_1);
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
        // temperature_out[i, j] = center                                                     <L 18>
        // wp::array_store(var_temperature_out, var_0, var_1, var_11);
        // return                                                                             <L 19>
        goto label0;
    }
    // lap = (temperature[i - 1, j] + temperature[i + 1, j] + temperature[i, j - 1] + temperature[i, j + 1] - 4.0 * center) / (dx * dx)       <L 20>
    var_25 = wp::sub(var_0, var_24);
    var_26 = wp::address(var_temperature, var_25, var_1);
    var_28 = wp::add(var_0, var_27);
    var_29 = wp::address(var_temperature, var_28, var_1);
    var_31 = wp::load(var_26);
    var_32 = wp::load(var_29);
    var_30 = wp::add(var_31, var_32);
    var_34 = wp::sub(var_1, var_33);
    var_35 = wp::address(var_temperature, var_0, var_34);
    var_37 = wp::load(var_35);
    var_36 = wp::add(var_30, var_37);
    var_39 = wp::add(var_1, var_38);
    var_40 = wp::address(var_temperature, var_0, var_39);
    var_42 = wp::load(var_40);
    var_41 = wp::add(var_36, var_42);
    var_44 = wp::mul(var_43, var_11);
    var_45 = wp::sub(var_41, var_44);
    var_46 = wp::mul(var_dx, var_dx);
    var_47 = wp::div(var_45, var_46);
    // temperature_out[i, j] = center + delta_time * (diffusivity * lap + source_strength)       <L 21>
    var_48 = wp::mul(var_diffusivity, var_47);
    var_49 = wp::add(var_48, var_source_strength);
    var_50 = wp::mul(var_delta_time, var_49);
    var_51 = wp::add(var_11, var_50);
    // wp::array_store(var_temperature_out, var_0, var_1, var_51);
    //---------
    // reverse
    wp::adj_array_store(var_temperature_out, var_0, var_1, var_51, adj_temperature_out, adj_0, adj_1, adj_51);
    wp::adj_add(var_11, var_50, adj_11, adj_50, adj_51);
    wp::adj_mul(var_delta_time, var_49, adj_delta_time, adj_49, adj_50);
    wp::adj_add(var_48, var_source_strength, adj_48, adj_source_strength, adj_49);
    wp::adj_mul(var_diffusivity, var_47, adj_diffusivity, adj_47, adj_48);
    // adj: temperature_out[i, j] = center + delta_time * (diffusivity * lap + source_strength)  <L 21>
    wp::adj_div(var_45, var_46, var_47, adj_45, adj_46, adj_47);
    wp::adj_mul(var_dx, var_dx, adj_dx, adj_dx, adj_46);
    wp::adj_sub(var_41, var_44, adj_41, adj_44, adj_45);
    wp::adj_mul(var_43, var_11, adj_43, adj_11, adj_44);
    wp::adj_add(var_36, var_42, adj_36, adj_40, adj_41);
    wp::adj_address(var_temperature, var_0, var_39, adj_temperature, adj_0, adj_39, adj_40);
    wp::adj_add(var_1, var_38, adj_1, adj_38, adj_39);
    wp::adj_add(var_30, var_37, adj_30, adj_35, adj_36);
    wp::adj_address(var_temperature, var_0, var_34, adj_temperature, adj_0, adj_34, adj_35);
    wp::adj_sub(var_1, var_33, adj_1, adj_33, adj_34);
    wp::adj_add(var_31, var_32, adj_26, adj_29, adj_30);
    wp::adj_address(var_temperature, var_28, var_1, adj_temperature, adj_28, adj_1, adj_29);
    wp::adj_add(var_0, var_27, adj_0, adj_27, adj_28);
    wp::adj_address(var_temperature, var_25, var_1, adj_temperature, adj_25, adj_1, adj_26);
    wp::adj_sub(var_0, var_24, adj_0, adj_24, adj_25);
    // adj: lap = (temperature[i - 1, j] + temperature[i + 1, j] + temperature[i, j - 1] + temperature[i, j + 1] - 4.0 * center) / (dx * dx)  <L 20>
    if (var_13) {
        label0:;
        // adj: return                                                                        <L 19>
        wp::adj_array_store(var_temperature_out, var_0, var_1, var_11, adj_temperature_out, adj_0, adj_1, adj_11);
        // adj: temperature_out[i, j] = center                                                <L 18>
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
    wp::adj_address(var_temperature, var_0, var_1, adj_temperature, adj_0, adj_1, adj_10);
    // adj: center = temperature[i, j]                                                        <L 16>
    adj_temperature.shape = adj_6;
    // adj: height = temperature.shape[1]                                                     <L 15>
    adj_temperature.shape = adj_2;
    // adj: width = temperature.shape[0]                                                      <L 14>
    // adj: i, j = wp.tid()                                                                   <L 13>
    // adj: def conduct_heat(                                                                 <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void conduct_heat_56f7cdd9_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_conduct_heat_56f7cdd9 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        conduct_heat_56f7cdd9_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void conduct_heat_56f7cdd9_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_conduct_heat_56f7cdd9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    conduct_heat_56f7cdd9_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void conduct_heat_56f7cdd9_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_conduct_heat_56f7cdd9 *_wp_args)
{
    conduct_heat_56f7cdd9_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void conduct_heat_56f7cdd9_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_conduct_heat_56f7cdd9 *_wp_args,
    wp_args_conduct_heat_56f7cdd9 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        conduct_heat_56f7cdd9_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void conduct_heat_56f7cdd9_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_conduct_heat_56f7cdd9 *_wp_args,
    wp_args_conduct_heat_56f7cdd9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    conduct_heat_56f7cdd9_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void conduct_heat_56f7cdd9_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_conduct_heat_56f7cdd9 *_wp_args,
    wp_args_conduct_heat_56f7cdd9 *_wp_adj_args)
{
    conduct_heat_56f7cdd9_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

