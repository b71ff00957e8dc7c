// Warp 1.19.0 cpu code for apply_calibration_998b7c25.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_rotate_phases_0f1847c1 {
    wp::array_t<wp::float32> omega;
    wp::float32 dt;
    wp::array_t<wp::float32> phase;
};


template <bool wp_linear_contiguous>
static void rotate_phases_0f1847c1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_rotate_phases_0f1847c1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_rotate_phases_0f1847c1 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.omega.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.phase.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_omega = _wp_args->omega;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_phase = _wp_args->phase;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 6.283185307179586;
    bool var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def rotate_phases(omega: wp.array(dtype=float), dt: float, phase: wp.array(dtype=float)):       <L 35>
    // tid = wp.tid()                                                                         <L 37>
    var_0 = builtin_tid1d();
    // phase_next = phase[tid] + omega[tid] * dt                                              <L 38>
    var_1 = wp::address(var_phase, var_0);
    var_2 = wp::address(var_omega, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_4, var_dt);
    var_6 = wp::load(var_1);
    var_5 = wp::add(var_6, var_3);
    // if phase_next >= TWO_PI:                                                               <L 39>
    var_8 = (var_5 >= var_7);
    if (var_8) {
        // phase_next -= TWO_PI                                                               <L 40>
        var_9 = wp::sub(var_5, var_7);
    }
    var_10 = wp::where(var_8, var_9, var_5);
    // phase[tid] = phase_next                                                                <L 41>
    wp::array_store(var_phase, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void rotate_phases_0f1847c1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_rotate_phases_0f1847c1 *_wp_args,
    wp_args_rotate_phases_0f1847c1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_rotate_phases_0f1847c1 wp_contiguous_args;
    wp_args_rotate_phases_0f1847c1 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.omega.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.omega.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.phase.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.phase.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_omega = _wp_args->omega;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_phase = _wp_args->phase;
    wp::array_t<wp::float32> adj_omega = _wp_adj_args->omega;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::float32> adj_phase = _wp_adj_args->phase;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 6.283185307179586;
    bool var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def rotate_phases(omega: wp.array(dtype=float), dt: float, phase: wp.array(dtype=float)):       <L 35>
    // tid = wp.tid()                                                                         <L 37>
    var_0 = builtin_tid1d();
    // phase_next = phase[tid] + omega[tid] * dt                                              <L 38>
    var_1 = wp::address(var_phase, var_0);
    var_2 = wp::address(var_omega, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_4, var_dt);
    var_6 = wp::load(var_1);
    var_5 = wp::add(var_6, var_3);
    // if phase_next >= TWO_PI:                                                               <L 39>
    var_8 = (var_5 >= var_7);
    if (var_8) {
        // phase_next -= TWO_PI                                                               <L 40>
        var_9 = wp::sub(var_5, var_7);
    }
    var_10 = wp::where(var_8, var_9, var_5);
    // phase[tid] = phase_next                                                                <L 41>
    // wp::array_store(var_phase, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_phase, var_0, var_10, adj_phase, adj_0, adj_10);
    // adj: phase[tid] = phase_next                                                           <L 41>
    wp::adj_where(var_8, var_9, var_5, adj_8, adj_9, adj_5, adj_10);
    if (var_8) {
        wp::adj_sub(var_5, var_7, adj_5, adj_7, adj_9);
        // adj: phase_next -= TWO_PI                                                          <L 40>
    }
    // adj: if phase_next >= TWO_PI:                                                          <L 39>
    wp::adj_add(var_6, var_3, adj_1, adj_3, adj_5);
    wp::adj_mul(var_4, var_dt, adj_2, adj_dt, adj_3);
    wp::adj_address(var_omega, var_0, adj_omega, adj_0, adj_2);
    wp::adj_address(var_phase, var_0, adj_phase, adj_0, adj_1);
    // adj: phase_next = phase[tid] + omega[tid] * dt                                         <L 38>
    // adj: tid = wp.tid()                                                                    <L 37>
    // adj: def rotate_phases(omega: wp.array(dtype=float), dt: float, phase: wp.array(dtype=float)):  <L 35>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void rotate_phases_0f1847c1_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_rotate_phases_0f1847c1 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rotate_phases_0f1847c1_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void rotate_phases_0f1847c1_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_rotate_phases_0f1847c1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->omega.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->phase.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        rotate_phases_0f1847c1_cpu_forward_tasks<true>(dim, _wp_args);
    else
        rotate_phases_0f1847c1_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void rotate_phases_0f1847c1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_rotate_phases_0f1847c1 *_wp_args)
{
    rotate_phases_0f1847c1_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void rotate_phases_0f1847c1_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_rotate_phases_0f1847c1 *_wp_args,
    wp_args_rotate_phases_0f1847c1 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rotate_phases_0f1847c1_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void rotate_phases_0f1847c1_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_rotate_phases_0f1847c1 *_wp_args,
    wp_args_rotate_phases_0f1847c1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->omega.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->omega.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->phase.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->phase.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        rotate_phases_0f1847c1_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        rotate_phases_0f1847c1_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void rotate_phases_0f1847c1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_rotate_phases_0f1847c1 *_wp_args,
    wp_args_rotate_phases_0f1847c1 *_wp_adj_args)
{
    rotate_phases_0f1847c1_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_apply_calibration_7a35fecc {
    wp::array_t<wp::float32> samples;
    wp::array_t<wp::float32> c;
    wp::float32 bin_min;
    wp::float32 inv_range;
    wp::array_t<wp::float32> estimate;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void apply_calibration_7a35fecc_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_calibration_7a35fecc *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_samples = _wp_args->samples;
    wp::array_t<wp::float32> var_c = _wp_args->c;
    wp::float32 var_bin_min = _wp_args->bin_min;
    wp::float32 var_inv_range = _wp_args->inv_range;
    wp::array_t<wp::float32> var_estimate = _wp_args->estimate;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::int32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 4;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    const wp::int32 var_17 = 3;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 2;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 1;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::int32 var_38 = 0;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32* var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    //---------
    // forward
    // def apply_calibration(                                                                 <L 9>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // x = samples[tid]                                                                       <L 19>
    var_1 = wp::address(var_samples, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // ch = tid % c.shape[0]                                                                  <L 20>
    var_4 = &(var_c.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = wp::mod(var_0, var_6);
    // u = (x - bin_min) * inv_range                                                          <L 21>
    var_9 = wp::sub(var_2, var_bin_min);
    var_10 = wp::mul(var_9, var_inv_range);
    // y = c[ch, DEGREE]                                                                      <L 23>
    var_12 = wp::address(var_c, var_8, var_11);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // dy = float(0.0)                                                                        <L 24>
    var_16 = wp::float(var_15);
    // for k in range(wp.static(DEGREE - 1), -1, -1):                                         <L 25>
    // dy = dy * u + y                                                                        <L 27>
    var_18 = wp::mul(var_16, var_10);
    var_19 = wp::add(var_18, var_13);
    // y = y * u + c[ch, k]                                                                   <L 28>
    var_20 = wp::mul(var_13, var_10);
    var_21 = wp::address(var_c, var_8, var_17);
    var_23 = wp::load(var_21);
    var_22 = wp::add(var_20, var_23);
    // dy = dy * u + y                                                                        <L 27>
    var_25 = wp::mul(var_19, var_10);
    var_26 = wp::add(var_25, var_22);
    // y = y * u + c[ch, k]                                                                   <L 28>
    var_27 = wp::mul(var_22, var_10);
    var_28 = wp::address(var_c, var_8, var_24);
    var_30 = wp::load(var_28);
    var_29 = wp::add(var_27, var_30);
    // dy = dy * u + y                                                                        <L 27>
    var_32 = wp::mul(var_26, var_10);
    var_33 = wp::add(var_32, var_29);
    // y = y * u + c[ch, k]                                                                   <L 28>
    var_34 = wp::mul(var_29, var_10);
    var_35 = wp::address(var_c, var_8, var_31);
    var_37 = wp::load(var_35);
    var_36 = wp::add(var_34, var_37);
    // dy = dy * u + y                                                                        <L 27>
    var_39 = wp::mul(var_33, var_10);
    var_40 = wp::add(var_39, var_36);
    // y = y * u + c[ch, k]                                                                   <L 28>
    var_41 = wp::mul(var_36, var_10);
    var_42 = wp::address(var_c, var_8, var_38);
    var_44 = wp::load(var_42);
    var_43 = wp::add(var_41, var_44);
    // estimate[tid] = y                                                                      <L 29>
    wp::array_store(var_estimate, var_0, var_43);
    // out[tid] = dy * inv_range                                                              <L 31>
    var_45 = wp::mul(var_40, var_inv_range);
    wp::array_store(var_out, var_0, var_45);
}



template <bool wp_linear_contiguous>
static void apply_calibration_7a35fecc_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_calibration_7a35fecc *_wp_args,
    wp_args_apply_calibration_7a35fecc *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_samples = _wp_args->samples;
    wp::array_t<wp::float32> var_c = _wp_args->c;
    wp::float32 var_bin_min = _wp_args->bin_min;
    wp::float32 var_inv_range = _wp_args->inv_range;
    wp::array_t<wp::float32> var_estimate = _wp_args->estimate;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_samples = _wp_adj_args->samples;
    wp::array_t<wp::float32> adj_c = _wp_adj_args->c;
    wp::float32 adj_bin_min = _wp_adj_args->bin_min;
    wp::float32 adj_inv_range = _wp_adj_args->inv_range;
    wp::array_t<wp::float32> adj_estimate = _wp_adj_args->estimate;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::int32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 4;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    const wp::int32 var_17 = 3;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 2;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 1;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::int32 var_38 = 0;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32* var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    //---------
    // forward
    // def apply_calibration(                                                                 <L 9>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // x = samples[tid]                                                                       <L 19>
    var_1 = wp::address(var_samples, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // ch = tid % c.shape[0]                                                                  <L 20>
    var_4 = &(var_c.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = wp::mod(var_0, var_6);
    // u = (x - bin_min) * inv_range                                                          <L 21>
    var_9 = wp::sub(var_2, var_bin_min);
    var_10 = wp::mul(var_9, var_inv_range);
    // y = c[ch, DEGREE]                                                                      <L 23>
    var_12 = wp::address(var_c, var_8, var_11);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // dy = float(0.0)                                                                        <L 24>
    var_16 = wp::float(var_15);
    // for k in range(wp.static(DEGREE - 1), -1, -1):                                         <L 25>
    // dy = dy * u + y                                                                        <L 27>
    var_18 = wp::mul(var_16, var_10);
    var_19 = wp::add(var_18, var_13);
    // y = y * u + c[ch, k]                                                                   <L 28>
    var_20 = wp::mul(var_13, var_10);
    var_21 = wp::address(var_c, var_8, var_17);
    var_23 = wp::load(var_21);
    var_22 = wp::add(var_20, var_23);
    // dy = dy * u + y                                                                        <L 27>
    var_25 = wp::mul(var_19, var_10);
    var_26 = wp::add(var_25, var_22);
    // y = y * u + c[ch, k]                                                                   <L 28>
    var_27 = wp::mul(var_22, var_10);
    var_28 = wp::address(var_c, var_8, var_24);
    var_30 = wp::load(var_28);
    var_29 = wp::add(var_27, var_30);
    // dy = dy * u + y                                                                        <L 27>
    var_32 = wp::mul(var_26, var_10);
    var_33 = wp::add(var_32, var_29);
    // y = y * u + c[ch, k]                                                                   <L 28>
    var_34 = wp::mul(var_29, var_10);
    var_35 = wp::address(var_c, var_8, var_31);
    var_37 = wp::load(var_35);
    var_36 = wp::add(var_34, var_37);
    // dy = dy * u + y                                                                        <L 27>
    var_39 = wp::mul(var_33, var_10);
    var_40 = wp::add(var_39, var_36);
    // y = y * u + c[ch, k]                                                                   <L 28>
    var_41 = wp::mul(var_36, var_10);
    var_42 = wp::address(var_c, var_8, var_38);
    var_44 = wp::load(var_42);
    var_43 = wp::add(var_41, var_44);
    // estimate[tid] = y                                                                      <L 29>
    // wp::array_store(var_estimate, var_0, var_43);
    // out[tid] = dy * inv_range                                                              <L 31>
    var_45 = wp::mul(var_40, var_inv_range);
    // wp::array_store(var_out, var_0, var_45);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_45, adj_out, adj_0, adj_45);
    wp::adj_mul(var_40, var_inv_range, adj_40, adj_inv_range, adj_45);
    // adj: out[tid] = dy * inv_range                                                         <L 31>
    wp::adj_array_store(var_estimate, var_0, var_43, adj_estimate, adj_0, adj_43);
    // adj: estimate[tid] = y                                                                 <L 29>
    wp::adj_add(var_41, var_44, adj_41, adj_42, adj_43);
    wp::adj_address(var_c, var_8, var_38, adj_c, adj_8, adj_38, adj_42);
    wp::adj_mul(var_36, var_10, adj_36, adj_10, adj_41);
    // adj: y = y * u + c[ch, k]                                                              <L 28>
    wp::adj_add(var_39, var_36, adj_39, adj_36, adj_40);
    wp::adj_mul(var_33, var_10, adj_33, adj_10, adj_39);
    // adj: dy = dy * u + y                                                                   <L 27>
    wp::adj_add(var_34, var_37, adj_34, adj_35, adj_36);
    wp::adj_address(var_c, var_8, var_31, adj_c, adj_8, adj_31, adj_35);
    wp::adj_mul(var_29, var_10, adj_29, adj_10, adj_34);
    // adj: y = y * u + c[ch, k]                                                              <L 28>
    wp::adj_add(var_32, var_29, adj_32, adj_29, adj_33);
    wp::adj_mul(var_26, var_10, adj_26, adj_10, adj_32);
    // adj: dy = dy * u + y                                                                   <L 27>
    wp::adj_add(var_27, var_30, adj_27, adj_28, adj_29);
    wp::adj_address(var_c, var_8, var_24, adj_c, adj_8, adj_24, adj_28);
    wp::adj_mul(var_22, var_10, adj_22, adj_10, adj_27);
    // adj: y = y * u + c[ch, k]                                                              <L 28>
    wp::adj_add(var_25, var_22, adj_25, adj_22, adj_26);
    wp::adj_mul(var_19, var_10, adj_19, adj_10, adj_25);
    // adj: dy = dy * u + y                                                                   <L 27>
    wp::adj_add(var_20, var_23, adj_20, adj_21, adj_22);
    wp::adj_address(var_c, var_8, var_17, adj_c, adj_8, adj_17, adj_21);
    wp::adj_mul(var_13, var_10, adj_13, adj_10, adj_20);
    // adj: y = y * u + c[ch, k]                                                              <L 28>
    wp::adj_add(var_18, var_13, adj_18, adj_13, adj_19);
    wp::adj_mul(var_16, var_10, adj_16, adj_10, adj_18);
    // adj: dy = dy * u + y                                                                   <L 27>
    // adj: for k in range(wp.static(DEGREE - 1), -1, -1):                                    <L 25>
    wp::adj_float(var_15, adj_15, adj_16);
    // adj: dy = float(0.0)                                                                   <L 24>
    wp::adj_copy(var_14, adj_12, adj_13);
    wp::adj_address(var_c, var_8, var_11, adj_c, adj_8, adj_11, adj_12);
    // adj: y = c[ch, DEGREE]                                                                 <L 23>
    wp::adj_mul(var_9, var_inv_range, adj_9, adj_inv_range, adj_10);
    wp::adj_sub(var_2, var_bin_min, adj_2, adj_bin_min, adj_9);
    // adj: u = (x - bin_min) * inv_range                                                     <L 21>
    wp::adj_mod(var_0, var_6, adj_0, adj_6, adj_8);
    adj_c.shape = adj_4;
    // adj: ch = tid % c.shape[0]                                                             <L 20>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_1);
    // adj: x = samples[tid]                                                                  <L 19>
    // adj: tid = wp.tid()                                                                    <L 18>
    // adj: def apply_calibration(                                                            <L 9>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_calibration_7a35fecc_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_calibration_7a35fecc *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_calibration_7a35fecc_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_calibration_7a35fecc_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_calibration_7a35fecc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    apply_calibration_7a35fecc_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_calibration_7a35fecc_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_calibration_7a35fecc *_wp_args)
{
    apply_calibration_7a35fecc_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_calibration_7a35fecc_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_calibration_7a35fecc *_wp_args,
    wp_args_apply_calibration_7a35fecc *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_calibration_7a35fecc_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_calibration_7a35fecc_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_calibration_7a35fecc *_wp_args,
    wp_args_apply_calibration_7a35fecc *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    apply_calibration_7a35fecc_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_calibration_7a35fecc_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_calibration_7a35fecc *_wp_args,
    wp_args_apply_calibration_7a35fecc *_wp_adj_args)
{
    apply_calibration_7a35fecc_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

