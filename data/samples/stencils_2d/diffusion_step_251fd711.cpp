// Warp 1.19.0 cpu code for diffusion_step_251fd711.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_create_diffusion_step_kernel__locals__diffusion_step_8f831b44 {
    wp::array_t<wp::float32> temperature;
    wp::float32 kappa;
    wp::float32 time_step;
    wp::float32 cell_size;
    wp::array_t<wp::float32> temperature_out;
};


template <bool wp_linear_contiguous>
static void create_diffusion_step_kernel__locals__diffusion_step_8f831b44_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_create_diffusion_step_kernel__locals__diffusion_step_8f831b44 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_temperature = _wp_args->temperature;
    wp::float32 var_kappa = _wp_args->kappa;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::float32 var_cell_size = _wp_args->cell_size;
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
    const bool var_10 = false;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    const wp::int32 var_22 = 0;
    wp::int32 var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32* var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
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
    //---------
    // forward
    // def diffusion_step(                                                                    <L 6>
    // i, j = wp.tid()                                                                        <L 13>
    builtin_tid2d(var_0, var_1);
    // nx = temperature.shape[0]                                                              <L 14>
    var_2 = &(var_temperature.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = temperature.shape[1]                                                              <L 15>
    var_6 = &(var_temperature.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // if wp.static(periodic):                                                                <L 16>
    // il = wp.max(i - 1, 0)                                                                  <L 24>
    var_12 = wp::sub(var_0, var_11);
    var_14 = wp::max(var_12, var_13);
    // ir = wp.min(i + 1, nx - 1)                                                             <L 25>
    var_16 = wp::add(var_0, var_15);
    var_18 = wp::sub(var_4, var_17);
    var_19 = wp::min(var_16, var_18);
    // jd = wp.max(j - 1, 0)                                                                  <L 26>
    var_21 = wp::sub(var_1, var_20);
    var_23 = wp::max(var_21, var_22);
    // ju = wp.min(j + 1, ny - 1)                                                             <L 27>
    var_25 = wp::add(var_1, var_24);
    var_27 = wp::sub(var_8, var_26);
    var_28 = wp::min(var_25, var_27);
    // center = temperature[i, j]                                                             <L 28>
    var_29 = wp::address(var_temperature, var_0, var_1);
    var_31 = wp::load(var_29);
    var_30 = wp::copy(var_31);
    // lap = (temperature[il, j] + temperature[ir, j] + temperature[i, jd] + temperature[i, ju] - 4.0 * center) / (cell_size * cell_size)       <L 29>
    var_32 = wp::address(var_temperature, var_14, var_1);
    var_33 = wp::address(var_temperature, var_19, var_1);
    var_35 = wp::load(var_32);
    var_36 = wp::load(var_33);
    var_34 = wp::add(var_35, var_36);
    var_37 = wp::address(var_temperature, var_0, var_23);
    var_39 = wp::load(var_37);
    var_38 = wp::add(var_34, var_39);
    var_40 = wp::address(var_temperature, var_0, var_28);
    var_42 = wp::load(var_40);
    var_41 = wp::add(var_38, var_42);
    var_44 = wp::mul(var_43, var_30);
    var_45 = wp::sub(var_41, var_44);
    var_46 = wp::mul(var_cell_size, var_cell_size);
    var_47 = wp::div(var_45, var_46);
    // value = center + time_step * kappa * lap                                               <L 30>
    var_48 = wp::mul(var_time_step, var_kappa);
    var_49 = wp::mul(var_48, var_47);
    var_50 = wp::add(var_30, var_49);
    // temperature_out[i, j] = value                                                          <L 31>
    wp::array_store(var_temperature_out, var_0, var_1, var_50);
}



template <bool wp_linear_contiguous>
static void create_diffusion_step_kernel__locals__diffusion_step_8f831b44_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_create_diffusion_step_kernel__locals__diffusion_step_8f831b44 *_wp_args,
    wp_args_create_diffusion_step_kernel__locals__diffusion_step_8f831b44 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_temperature = _wp_args->temperature;
    wp::float32 var_kappa = _wp_args->kappa;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::array_t<wp::float32> var_temperature_out = _wp_args->temperature_out;
    wp::array_t<wp::float32> adj_temperature = _wp_adj_args->temperature;
    wp::float32 adj_kappa = _wp_adj_args->kappa;
    wp::float32 adj_time_step = _wp_adj_args->time_step;
    wp::float32 adj_cell_size = _wp_adj_args->cell_size;
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
    const bool var_10 = false;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    const wp::int32 var_22 = 0;
    wp::int32 var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    wp::int32 var_28;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32* var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
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
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
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
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    //---------
    // forward
    // def diffusion_step(                                                                    <L 6>
    // i, j = wp.tid()                                                                        <L 13>
    builtin_tid2d(var_0, var_1);
    // nx = temperature.shape[0]                                                              <L 14>
    var_2 = &(var_temperature.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // ny = temperature.shape[1]                                                              <L 15>
    var_6 = &(var_temperature.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // if wp.static(periodic):                                                                <L 16>
    // il = wp.max(i - 1, 0)                                                                  <L 24>
    var_12 = wp::sub(var_0, var_11);
    var_14 = wp::max(var_12, var_13);
    // ir = wp.min(i + 1, nx - 1)                                                             <L 25>
    var_16 = wp::add(var_0, var_15);
    var_18 = wp::sub(var_4, var_17);
    var_19 = wp::min(var_16, var_18);
    // jd = wp.max(j - 1, 0)                                                                  <L 26>
    var_21 = wp::sub(var_1, var_20);
    var_23 = wp::max(var_21, var_22);
    // ju = wp.min(j + 1, ny - 1)                                                             <L 27>
    var_25 = wp::add(var_1, var_24);
    var_27 = wp::sub(var_8, var_26);
    var_28 = wp::min(var_25, var_27);
    // center = temperature[i, j]                                                             <L 28>
    var_29 = wp::address(var_temperature, var_0, var_1);
    var_31 = wp::load(var_29);
    var_30 = wp::copy(var_31);
    // lap = (temperature[il, j] + temperature[ir, j] + temperature[i, jd] + temperature[i, ju] - 4.0 * center) / (cell_size * cell_size)       <L 29>
    var_32 = wp::address(var_temperature, var_14, var_1);
    var_33 = wp::address(var_temperature, var_19, var_1);
    var_35 = wp::load(var_32);
    var_36 = wp::load(var_33);
    var_34 = wp::add(var_35, var_36);
    var_37 = wp::address(var_temperature, var_0, var_23);
    var_39 = wp::load(var_37);
    var_38 = wp::add(var_34, var_39);
    var_40 = wp::address(var_temperature, var_0, var_28);
    var_42 = wp::load(var_40);
    var_41 = wp::add(var_38, var_42);
    var_44 = wp::mul(var_43, var_30);
    var_45 = wp::sub(var_41, var_44);
    var_46 = wp::mul(var_cell_size, var_cell_size);
    var_47 = wp::div(var_45, var_46);
    // value = center + time_step * kappa * lap                                               <L 30>
    var_48 = wp::mul(var_time_step, var_kappa);
    var_49 = wp::mul(var_48, var_47);
    var_50 = wp::add(var_30, var_49);
    // temperature_out[i, j] = value                                                          <L 31>
    // wp::array_store(var_temperature_out, var_0, var_1, var_50);
    //---------
    // reverse
    wp::adj_array_store(var_temperature_out, var_0, var_1, var_50, adj_temperature_out, adj_0, adj_1, adj_50);
    // adj: temperature_out[i, j] = value                                                     <L 31>
    wp::adj_add(var_30, var_49, adj_30, adj_49, adj_50);
    wp::adj_mul(var_48, var_47, adj_48, adj_47, adj_49);
    wp::adj_mul(var_time_step, var_kappa, adj_time_step, adj_kappa, adj_48);
    // adj: value = center + time_step * kappa * lap                                          <L 30>
    wp::adj_div(var_45, var_46, var_47, adj_45, adj_46, adj_47);
    wp::adj_mul(var_cell_size, var_cell_size, adj_cell_size, adj_cell_size, adj_46);
    wp::adj_sub(var_41, var_44, adj_41, adj_44, adj_45);
    wp::adj_mul(var_43, var_30, adj_43, adj_30, adj_44);
    wp::adj_add(var_38, var_42, adj_38, adj_40, adj_41);
    wp::adj_address(var_temperature, var_0, var_28, adj_temperature, adj_0, adj_28, adj_40);
    wp::adj_add(var_34, var_39, adj_34, adj_37, adj_38);
    wp::adj_address(var_temperature, var_0, var_23, adj_temperature, adj_0, adj_23, adj_37);
    wp::adj_add(var_35, var_36, adj_32, adj_33, adj_34);
    wp::adj_address(var_temperature, var_19, var_1, adj_temperature, adj_19, adj_1, adj_33);
    wp::adj_address(var_temperature, var_14, var_1, adj_temperature, adj_14, adj_1, adj_32);
    // adj: lap = (temperature[il, j] + temperature[ir, j] + temperature[i, jd] + temperature[i, ju] - 4.0 * center) / (cell_size * cell_size)  <L 29>
    wp::adj_copy(var_31, adj_29, adj_30);
    wp::adj_address(var_temperature, var_0, var_1, adj_temperature, adj_0, adj_1, adj_29);
    // adj: center = temperature[i, j]                                                        <L 28>
    wp::adj_min(var_25, var_27, adj_25, adj_27, adj_28);
    wp::adj_sub(var_8, var_26, adj_8, adj_26, adj_27);
    wp::adj_add(var_1, var_24, adj_1, adj_24, adj_25);
    // adj: ju = wp.min(j + 1, ny - 1)                                                        <L 27>
    wp::adj_max(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_sub(var_1, var_20, adj_1, adj_20, adj_21);
    // adj: jd = wp.max(j - 1, 0)                                                             <L 26>
    wp::adj_min(var_16, var_18, adj_16, adj_18, adj_19);
    wp::adj_sub(var_4, var_17, adj_4, adj_17, adj_18);
    wp::adj_add(var_0, var_15, adj_0, adj_15, adj_16);
    // adj: ir = wp.min(i + 1, nx - 1)                                                        <L 25>
    wp::adj_max(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_sub(var_0, var_11, adj_0, adj_11, adj_12);
    // adj: il = wp.max(i - 1, 0)                                                             <L 24>
    // adj: if wp.static(periodic):                                                           <L 16>
    adj_temperature.shape = adj_6;
    // adj: ny = temperature.shape[1]                                                         <L 15>
    adj_temperature.shape = adj_2;
    // adj: nx = temperature.shape[0]                                                         <L 14>
    // adj: i, j = wp.tid()                                                                   <L 13>
    // adj: def diffusion_step(                                                               <L 6>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_diffusion_step_kernel__locals__diffusion_step_8f831b44_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_create_diffusion_step_kernel__locals__diffusion_step_8f831b44 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_diffusion_step_kernel__locals__diffusion_step_8f831b44_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_diffusion_step_kernel__locals__diffusion_step_8f831b44_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_create_diffusion_step_kernel__locals__diffusion_step_8f831b44 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    create_diffusion_step_kernel__locals__diffusion_step_8f831b44_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_diffusion_step_kernel__locals__diffusion_step_8f831b44_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_create_diffusion_step_kernel__locals__diffusion_step_8f831b44 *_wp_args)
{
    create_diffusion_step_kernel__locals__diffusion_step_8f831b44_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_diffusion_step_kernel__locals__diffusion_step_8f831b44_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_create_diffusion_step_kernel__locals__diffusion_step_8f831b44 *_wp_args,
    wp_args_create_diffusion_step_kernel__locals__diffusion_step_8f831b44 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_diffusion_step_kernel__locals__diffusion_step_8f831b44_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void create_diffusion_step_kernel__locals__diffusion_step_8f831b44_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_create_diffusion_step_kernel__locals__diffusion_step_8f831b44 *_wp_args,
    wp_args_create_diffusion_step_kernel__locals__diffusion_step_8f831b44 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    create_diffusion_step_kernel__locals__diffusion_step_8f831b44_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void create_diffusion_step_kernel__locals__diffusion_step_8f831b44_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_create_diffusion_step_kernel__locals__diffusion_step_8f831b44 *_wp_args,
    wp_args_create_diffusion_step_kernel__locals__diffusion_step_8f831b44 *_wp_adj_args)
{
    create_diffusion_step_kernel__locals__diffusion_step_8f831b44_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

