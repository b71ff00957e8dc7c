// Warp 1.19.0 cpu code for halo_copy_7be69c85.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_add_source_3d_08c1b2a1 {
    wp::array_t<wp::float32> smoke;
    wp::array_t<wp::float32> source;
    wp::array_t<wp::float32> time_step;
};


template <bool wp_linear_contiguous>
static void add_source_3d_08c1b2a1_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_add_source_3d_08c1b2a1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_smoke = _wp_args->smoke;
    wp::array_t<wp::float32> var_source = _wp_args->source;
    wp::array_t<wp::float32> var_time_step = _wp_args->time_step;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 2;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // forward
    // def add_source_3d(smoke: wp.array3d[float], source: wp.array3d[float], time_step: wp.array[float]):       <L 17>
    // i, j = wp.tid()                                                                        <L 18>
    builtin_tid2d(var_0, var_1);
    // dt = time_step[0]                                                                      <L 19>
    var_3 = wp::address(var_time_step, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // for k in range(smoke.shape[2]):                                                        <L 20>
    var_6 = &(var_smoke.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = wp::range(var_8);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // rate = source[i, j, k]                                                             <L 21>
        var_12 = wp::address(var_source, var_0, var_1, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // smoke[i, j, k] = smoke[i, j, k] + rate * dt                                        <L 22>
        var_15 = wp::address(var_smoke, var_0, var_1, var_11);
        var_16 = wp::mul(var_13, var_4);
        var_18 = wp::load(var_15);
        var_17 = wp::add(var_18, var_16);
        wp::array_store(var_smoke, var_0, var_1, var_11, var_17);
        goto start_for_0;
    end_for_0:;
}



template <bool wp_linear_contiguous>
static void add_source_3d_08c1b2a1_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_add_source_3d_08c1b2a1 *_wp_args,
    wp_args_add_source_3d_08c1b2a1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_smoke = _wp_args->smoke;
    wp::array_t<wp::float32> var_source = _wp_args->source;
    wp::array_t<wp::float32> var_time_step = _wp_args->time_step;
    wp::array_t<wp::float32> adj_smoke = _wp_adj_args->smoke;
    wp::array_t<wp::float32> adj_source = _wp_adj_args->source;
    wp::array_t<wp::float32> adj_time_step = _wp_adj_args->time_step;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::shape_t* var_6;
    const wp::int32 var_7 = 2;
    wp::int32 var_8;
    wp::shape_t var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
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
    wp::range_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    //---------
    // forward
    // def add_source_3d(smoke: wp.array3d[float], source: wp.array3d[float], time_step: wp.array[float]):       <L 17>
    // i, j = wp.tid()                                                                        <L 18>
    builtin_tid2d(var_0, var_1);
    // dt = time_step[0]                                                                      <L 19>
    var_3 = wp::address(var_time_step, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // for k in range(smoke.shape[2]):                                                        <L 20>
    var_6 = &(var_smoke.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = wp::range(var_8);
    //---------
    // reverse
    var_10 = wp::iter_reverse(var_10);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
        // rate = source[i, j, k]                                                             <L 21>
        var_12 = wp::address(var_source, var_0, var_1, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // smoke[i, j, k] = smoke[i, j, k] + rate * dt                                        <L 22>
        var_15 = wp::address(var_smoke, var_0, var_1, var_11);
        var_16 = wp::mul(var_13, var_4);
        var_18 = wp::load(var_15);
        var_17 = wp::add(var_18, var_16);
        // wp::array_store(var_smoke, var_0, var_1, var_11, var_17);
        wp::adj_array_store(var_smoke, var_0, var_1, var_11, var_17, adj_smoke, adj_0, adj_1, adj_11, adj_17);
        wp::adj_add(var_18, var_16, adj_15, adj_16, adj_17);
        wp::adj_mul(var_13, var_4, adj_13, adj_4, adj_16);
        wp::adj_address(var_smoke, var_0, var_1, var_11, adj_smoke, adj_0, adj_1, adj_11, adj_15);
        // adj: smoke[i, j, k] = smoke[i, j, k] + rate * dt                                   <L 22>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_source, var_0, var_1, var_11, adj_source, adj_0, adj_1, adj_11, adj_12);
        // adj: rate = source[i, j, k]                                                        <L 21>
    	goto start_for_0;
    end_for_0:;
    adj_smoke.shape = adj_6;
    // adj: for k in range(smoke.shape[2]):                                                   <L 20>
    wp::adj_copy(var_5, adj_3, adj_4);
    wp::adj_address(var_time_step, var_2, adj_time_step, adj_2, adj_3);
    // adj: dt = time_step[0]                                                                 <L 19>
    // adj: i, j = wp.tid()                                                                   <L 18>
    // adj: def add_source_3d(smoke: wp.array3d[float], source: wp.array3d[float], time_step: wp.array[float]):  <L 17>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void add_source_3d_08c1b2a1_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_source_3d_08c1b2a1 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        add_source_3d_08c1b2a1_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void add_source_3d_08c1b2a1_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_source_3d_08c1b2a1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    add_source_3d_08c1b2a1_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void add_source_3d_08c1b2a1_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_source_3d_08c1b2a1 *_wp_args)
{
    add_source_3d_08c1b2a1_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void add_source_3d_08c1b2a1_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_source_3d_08c1b2a1 *_wp_args,
    wp_args_add_source_3d_08c1b2a1 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        add_source_3d_08c1b2a1_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void add_source_3d_08c1b2a1_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_source_3d_08c1b2a1 *_wp_args,
    wp_args_add_source_3d_08c1b2a1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    add_source_3d_08c1b2a1_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void add_source_3d_08c1b2a1_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_source_3d_08c1b2a1 *_wp_args,
    wp_args_add_source_3d_08c1b2a1 *_wp_adj_args)
{
    add_source_3d_08c1b2a1_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_init_kh_55669b64 {
    wp::array_t<wp::float32> grid_dx;
    wp::array_t<wp::float32> domain_size;
    wp::array_t<wp::float32> shear_speed;
    wp::array_t<wp::float32> layer_width;
    wp::array_t<wp::float32> amplitude;
    wp::array_t<wp::float32> u_face;
    wp::array_t<wp::float32> vel_y;
    wp::array_t<wp::float32> density;
};


template <bool wp_linear_contiguous>
static void init_kh_55669b64_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_init_kh_55669b64 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_grid_dx = _wp_args->grid_dx;
    wp::array_t<wp::float32> var_domain_size = _wp_args->domain_size;
    wp::array_t<wp::float32> var_shear_speed = _wp_args->shear_speed;
    wp::array_t<wp::float32> var_layer_width = _wp_args->layer_width;
    wp::array_t<wp::float32> var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> var_u_face = _wp_args->u_face;
    wp::array_t<wp::float32> var_vel_y = _wp_args->vel_y;
    wp::array_t<wp::float32> var_density = _wp_args->density;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 0;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 0;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.5;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.5;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.5;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 1.0;
    bool var_35;
    wp::float32 var_36;
    bool var_37;
    bool var_38;
    wp::float32 var_39;
    const wp::float32 var_40 = 2.0;
    wp::float32 var_41;
    wp::float32 var_42;
    const wp::float32 var_43 = 2.0;
    const wp::float32 var_44 = 3.14159265358979;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    //---------
    // forward
    // def init_kh(                                                                           <L 26>
    // i, j = wp.tid()                                                                        <L 36>
    builtin_tid2d(var_0, var_1);
    // amp = amplitude[0]                                                                     <L 37>
    var_3 = wp::address(var_amplitude, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // half_width = layer_width[0]                                                            <L 38>
    var_7 = wp::address(var_layer_width, var_6);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // u0 = shear_speed[0]                                                                    <L 39>
    var_11 = wp::address(var_shear_speed, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // size = domain_size[0]                                                                  <L 40>
    var_15 = wp::address(var_domain_size, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // dx = grid_dx[0]                                                                        <L 41>
    var_19 = wp::address(var_grid_dx, var_18);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // x = (float(i) + 0.5) * dx                                                              <L 43>
    var_22 = wp::float(var_0);
    var_24 = wp::add(var_22, var_23);
    var_25 = wp::mul(var_24, var_20);
    // y = (float(j) + 0.5) * dx - 0.5 * size                                                 <L 44>
    var_26 = wp::float(var_1);
    var_28 = wp::add(var_26, var_27);
    var_29 = wp::mul(var_28, var_20);
    var_31 = wp::mul(var_30, var_16);
    var_32 = wp::sub(var_29, var_31);
    // u = -u0                                                                                <L 46>
    var_33 = wp::neg(var_12);
    // rho = 1.0                                                                              <L 47>
    // if y > -half_width and y < half_width:                                                 <L 48>
    var_36 = wp::neg(var_8);
    var_37 = (var_32 > var_36);
    var_35 = var_37;
    if (var_35) {
        var_38 = (var_32 < var_8);
        var_35 = var_35 && var_38;
    }
    if (var_35) {
        // u = u0                                                                             <L 49>
        var_39 = wp::copy(var_12);
        // rho = 2.0                                                                          <L 50>
    }
    var_41 = wp::where(var_35, var_39, var_33);
    var_42 = wp::where(var_35, var_40, var_34);
    // v = amp * wp.sin(2.0 * PI * x / size)                                                  <L 51>
    var_45 = wp::mul(var_43, var_44);
    var_46 = wp::mul(var_45, var_25);
    var_47 = wp::div(var_46, var_16);
    var_48 = wp::sin(var_47);
    var_49 = wp::mul(var_4, var_48);
    // u_face[i, j] = u                                                                       <L 52>
    wp::array_store(var_u_face, var_0, var_1, var_41);
    // vel_y[i, j] = v                                                                        <L 53>
    wp::array_store(var_vel_y, var_0, var_1, var_49);
    // density[i, j] = rho                                                                    <L 54>
    wp::array_store(var_density, var_0, var_1, var_42);
}



template <bool wp_linear_contiguous>
static void init_kh_55669b64_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_init_kh_55669b64 *_wp_args,
    wp_args_init_kh_55669b64 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_grid_dx = _wp_args->grid_dx;
    wp::array_t<wp::float32> var_domain_size = _wp_args->domain_size;
    wp::array_t<wp::float32> var_shear_speed = _wp_args->shear_speed;
    wp::array_t<wp::float32> var_layer_width = _wp_args->layer_width;
    wp::array_t<wp::float32> var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> var_u_face = _wp_args->u_face;
    wp::array_t<wp::float32> var_vel_y = _wp_args->vel_y;
    wp::array_t<wp::float32> var_density = _wp_args->density;
    wp::array_t<wp::float32> adj_grid_dx = _wp_adj_args->grid_dx;
    wp::array_t<wp::float32> adj_domain_size = _wp_adj_args->domain_size;
    wp::array_t<wp::float32> adj_shear_speed = _wp_adj_args->shear_speed;
    wp::array_t<wp::float32> adj_layer_width = _wp_adj_args->layer_width;
    wp::array_t<wp::float32> adj_amplitude = _wp_adj_args->amplitude;
    wp::array_t<wp::float32> adj_u_face = _wp_adj_args->u_face;
    wp::array_t<wp::float32> adj_vel_y = _wp_adj_args->vel_y;
    wp::array_t<wp::float32> adj_density = _wp_adj_args->density;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 0;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 0;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.5;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.5;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.5;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 1.0;
    bool var_35;
    wp::float32 var_36;
    bool var_37;
    bool var_38;
    wp::float32 var_39;
    const wp::float32 var_40 = 2.0;
    wp::float32 var_41;
    wp::float32 var_42;
    const wp::float32 var_43 = 2.0;
    const wp::float32 var_44 = 3.14159265358979;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    bool adj_35 = {};
    wp::float32 adj_36 = {};
    bool adj_37 = {};
    bool adj_38 = {};
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
    //---------
    // forward
    // def init_kh(                                                                           <L 26>
    // i, j = wp.tid()                                                                        <L 36>
    builtin_tid2d(var_0, var_1);
    // amp = amplitude[0]                                                                     <L 37>
    var_3 = wp::address(var_amplitude, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // half_width = layer_width[0]                                                            <L 38>
    var_7 = wp::address(var_layer_width, var_6);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // u0 = shear_speed[0]                                                                    <L 39>
    var_11 = wp::address(var_shear_speed, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // size = domain_size[0]                                                                  <L 40>
    var_15 = wp::address(var_domain_size, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // dx = grid_dx[0]                                                                        <L 41>
    var_19 = wp::address(var_grid_dx, var_18);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // x = (float(i) + 0.5) * dx                                                              <L 43>
    var_22 = wp::float(var_0);
    var_24 = wp::add(var_22, var_23);
    var_25 = wp::mul(var_24, var_20);
    // y = (float(j) + 0.5) * dx - 0.5 * size                                                 <L 44>
    var_26 = wp::float(var_1);
    var_28 = wp::add(var_26, var_27);
    var_29 = wp::mul(var_28, var_20);
    var_31 = wp::mul(var_30, var_16);
    var_32 = wp::sub(var_29, var_31);
    // u = -u0                                                                                <L 46>
    var_33 = wp::neg(var_12);
    // rho = 1.0                                                                              <L 47>
    // if y > -half_width and y < half_width:                                                 <L 48>
    var_36 = wp::neg(var_8);
    var_37 = (var_32 > var_36);
    var_35 = var_37;
    if (var_35) {
        var_38 = (var_32 < var_8);
        var_35 = var_35 && var_38;
    }
    if (var_35) {
        // u = u0                                                                             <L 49>
        var_39 = wp::copy(var_12);
        // rho = 2.0                                                                          <L 50>
    }
    var_41 = wp::where(var_35, var_39, var_33);
    var_42 = wp::where(var_35, var_40, var_34);
    // v = amp * wp.sin(2.0 * PI * x / size)                                                  <L 51>
    var_45 = wp::mul(var_43, var_44);
    var_46 = wp::mul(var_45, var_25);
    var_47 = wp::div(var_46, var_16);
    var_48 = wp::sin(var_47);
    var_49 = wp::mul(var_4, var_48);
    // u_face[i, j] = u                                                                       <L 52>
    // wp::array_store(var_u_face, var_0, var_1, var_41);
    // vel_y[i, j] = v                                                                        <L 53>
    // wp::array_store(var_vel_y, var_0, var_1, var_49);
    // density[i, j] = rho                                                                    <L 54>
    // wp::array_store(var_density, var_0, var_1, var_42);
    //---------
    // reverse
    wp::adj_array_store(var_density, var_0, var_1, var_42, adj_density, adj_0, adj_1, adj_42);
    // adj: density[i, j] = rho                                                               <L 54>
    wp::adj_array_store(var_vel_y, var_0, var_1, var_49, adj_vel_y, adj_0, adj_1, adj_49);
    // adj: vel_y[i, j] = v                                                                   <L 53>
    wp::adj_array_store(var_u_face, var_0, var_1, var_41, adj_u_face, adj_0, adj_1, adj_41);
    // adj: u_face[i, j] = u                                                                  <L 52>
    wp::adj_mul(var_4, var_48, adj_4, adj_48, adj_49);
    wp::adj_sin(var_47, adj_47, adj_48);
    wp::adj_div(var_46, var_16, var_47, adj_46, adj_16, adj_47);
    wp::adj_mul(var_45, var_25, adj_45, adj_25, adj_46);
    wp::adj_mul(var_43, var_44, adj_43, adj_44, adj_45);
    // adj: v = amp * wp.sin(2.0 * PI * x / size)                                             <L 51>
    wp::adj_where(var_35, var_40, var_34, adj_35, adj_40, adj_34, adj_42);
    wp::adj_where(var_35, var_39, var_33, adj_35, adj_39, adj_33, adj_41);
    if (var_35) {
        // adj: rho = 2.0                                                                     <L 50>
        wp::adj_copy(var_12, adj_12, adj_39);
        // adj: u = u0                                                                        <L 49>
    }
    if (var_35) {
    }
    wp::adj_neg(var_8, adj_8, adj_36);
    // adj: if y > -half_width and y < half_width:                                            <L 48>
    // adj: rho = 1.0                                                                         <L 47>
    wp::adj_neg(var_12, adj_12, adj_33);
    // adj: u = -u0                                                                           <L 46>
    wp::adj_sub(var_29, var_31, adj_29, adj_31, adj_32);
    wp::adj_mul(var_30, var_16, adj_30, adj_16, adj_31);
    wp::adj_mul(var_28, var_20, adj_28, adj_20, adj_29);
    wp::adj_add(var_26, var_27, adj_26, adj_27, adj_28);
    wp::adj_float(var_1, adj_1, adj_26);
    // adj: y = (float(j) + 0.5) * dx - 0.5 * size                                            <L 44>
    wp::adj_mul(var_24, var_20, adj_24, adj_20, adj_25);
    wp::adj_add(var_22, var_23, adj_22, adj_23, adj_24);
    wp::adj_float(var_0, adj_0, adj_22);
    // adj: x = (float(i) + 0.5) * dx                                                         <L 43>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_grid_dx, var_18, adj_grid_dx, adj_18, adj_19);
    // adj: dx = grid_dx[0]                                                                   <L 41>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_domain_size, var_14, adj_domain_size, adj_14, adj_15);
    // adj: size = domain_size[0]                                                             <L 40>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_shear_speed, var_10, adj_shear_speed, adj_10, adj_11);
    // adj: u0 = shear_speed[0]                                                               <L 39>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_layer_width, var_6, adj_layer_width, adj_6, adj_7);
    // adj: half_width = layer_width[0]                                                       <L 38>
    wp::adj_copy(var_5, adj_3, adj_4);
    wp::adj_address(var_amplitude, var_2, adj_amplitude, adj_2, adj_3);
    // adj: amp = amplitude[0]                                                                <L 37>
    // adj: i, j = wp.tid()                                                                   <L 36>
    // adj: def init_kh(                                                                      <L 26>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void init_kh_55669b64_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_init_kh_55669b64 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        init_kh_55669b64_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void init_kh_55669b64_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_init_kh_55669b64 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    init_kh_55669b64_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void init_kh_55669b64_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_init_kh_55669b64 *_wp_args)
{
    init_kh_55669b64_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void init_kh_55669b64_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_init_kh_55669b64 *_wp_args,
    wp_args_init_kh_55669b64 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        init_kh_55669b64_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void init_kh_55669b64_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_init_kh_55669b64 *_wp_args,
    wp_args_init_kh_55669b64 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    init_kh_55669b64_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void init_kh_55669b64_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_init_kh_55669b64 *_wp_args,
    wp_args_init_kh_55669b64 *_wp_adj_args)
{
    init_kh_55669b64_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_halo_copy_aaa8b83d {
    wp::int32 layer;
    wp::array_t<wp::vec_t<2, wp::float32>> field;
    wp::array_t<wp::vec_t<2, wp::float32>> slot;
};


template <bool wp_linear_contiguous>
static void halo_copy_aaa8b83d_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_halo_copy_aaa8b83d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_layer = _wp_args->layer;
    wp::array_t<wp::vec_t<2, wp::float32>> var_field = _wp_args->field;
    wp::array_t<wp::vec_t<2, wp::float32>> var_slot = _wp_args->slot;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    //---------
    // forward
    // def halo_copy(layer: wp.int32, field: wp.array3d[wp.vec2], slot: wp.array2d[wp.vec2]):       <L 8>
    // i, j = wp.tid()                                                                        <L 10>
    builtin_tid2d(var_0, var_1);
    // field[i, j, layer] += slot[i, j]                                                       <L 13>
    var_2 = wp::address(var_slot, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::atomic_add(var_field, var_0, var_1, var_layer, var_4);
}



template <bool wp_linear_contiguous>
static void halo_copy_aaa8b83d_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_halo_copy_aaa8b83d *_wp_args,
    wp_args_halo_copy_aaa8b83d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_layer = _wp_args->layer;
    wp::array_t<wp::vec_t<2, wp::float32>> var_field = _wp_args->field;
    wp::array_t<wp::vec_t<2, wp::float32>> var_slot = _wp_args->slot;
    wp::int32 adj_layer = _wp_adj_args->layer;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_field = _wp_adj_args->field;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_slot = _wp_adj_args->slot;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    //---------
    // forward
    // def halo_copy(layer: wp.int32, field: wp.array3d[wp.vec2], slot: wp.array2d[wp.vec2]):       <L 8>
    // i, j = wp.tid()                                                                        <L 10>
    builtin_tid2d(var_0, var_1);
    // field[i, j, layer] += slot[i, j]                                                       <L 13>
    var_2 = wp::address(var_slot, var_0, var_1);
    var_4 = wp::load(var_2);
    // var_3 = wp::atomic_add(var_field, var_0, var_1, var_layer, var_4);
    //---------
    // reverse
    wp::adj_atomic_add(var_field, var_0, var_1, var_layer, var_4, adj_field, adj_0, adj_1, adj_layer, adj_2, adj_3);
    wp::adj_address(var_slot, var_0, var_1, adj_slot, adj_0, adj_1, adj_2);
    // adj: field[i, j, layer] += slot[i, j]                                                  <L 13>
    // adj: i, j = wp.tid()                                                                   <L 10>
    // adj: def halo_copy(layer: wp.int32, field: wp.array3d[wp.vec2], slot: wp.array2d[wp.vec2]):  <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void halo_copy_aaa8b83d_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_halo_copy_aaa8b83d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        halo_copy_aaa8b83d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void halo_copy_aaa8b83d_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_halo_copy_aaa8b83d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    halo_copy_aaa8b83d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void halo_copy_aaa8b83d_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_halo_copy_aaa8b83d *_wp_args)
{
    halo_copy_aaa8b83d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void halo_copy_aaa8b83d_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_halo_copy_aaa8b83d *_wp_args,
    wp_args_halo_copy_aaa8b83d *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        halo_copy_aaa8b83d_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void halo_copy_aaa8b83d_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_halo_copy_aaa8b83d *_wp_args,
    wp_args_halo_copy_aaa8b83d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    halo_copy_aaa8b83d_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void halo_copy_aaa8b83d_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_halo_copy_aaa8b83d *_wp_args,
    wp_args_halo_copy_aaa8b83d *_wp_adj_args)
{
    halo_copy_aaa8b83d_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

