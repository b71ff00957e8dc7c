// Warp 1.19.0 cpu code for advance_field_8b50742e.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// advance_field.py:27
static wp::vec_t<3, wp::float32> project_slip_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    bool var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def project_slip(v: wp.vec3, n: wp.vec3) -> wp.vec3:                                   <L 28>
    // vn = wp.dot(v, n)                                                                      <L 29>
    var_0 = wp::dot(var_v, var_n);
    // if vn >= 0.0:                                                                          <L 30>
    var_2 = (var_0 >= var_1);
    if (var_2) {
        // return v                                                                           <L 32>
        return var_v;
    }
    // vt = v - n * vn                                                                        <L 33>
    var_3 = wp::mul(var_n, var_0);
    var_4 = wp::sub(var_v, var_3);
    // return vt                                                                              <L 34>
    return var_4;
}


// advance_field.py:27
static void adj_project_slip_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    bool var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def project_slip(v: wp.vec3, n: wp.vec3) -> wp.vec3:                                   <L 28>
    // vn = wp.dot(v, n)                                                                      <L 29>
    var_0 = wp::dot(var_v, var_n);
    // if vn >= 0.0:                                                                          <L 30>
    var_2 = (var_0 >= var_1);
    if (var_2) {
        // return v                                                                           <L 32>
        goto label0;
    }
    // vt = v - n * vn                                                                        <L 33>
    var_3 = wp::mul(var_n, var_0);
    var_4 = wp::sub(var_v, var_3);
    // return vt                                                                              <L 34>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_4 += adj_ret;
    // adj: return vt                                                                         <L 34>
    wp::adj_sub(var_v, var_3, adj_v, adj_3, adj_4);
    wp::adj_mul(var_n, var_0, adj_n, adj_0, adj_3);
    // adj: vt = v - n * vn                                                                   <L 33>
    if (var_2) {
        label0:;
        adj_v += adj_ret;
        // adj: return v                                                                      <L 32>
    }
    // adj: if vn >= 0.0:                                                                     <L 30>
    wp::adj_dot(var_v, var_n, adj_v, adj_n, adj_0);
    // adj: vn = wp.dot(v, n)                                                                 <L 29>
    // adj: def project_slip(v: wp.vec3, n: wp.vec3) -> wp.vec3:                              <L 28>
    return;
}

struct wp_args_advance_field_5cc860ee {
    wp::array_t<wp::vec_t<3, wp::float32>> q;
    wp::float32 s;
    wp::array_t<wp::vec_t<3, wp::float32>> q_out;
};


template <bool wp_linear_contiguous>
static void advance_field_5cc860ee_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_advance_field_5cc860ee *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_q = _wp_args->q;
    wp::float32 var_s = _wp_args->s;
    wp::array_t<wp::vec_t<3, wp::float32>> var_q_out = _wp_args->q_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // forward
    // def advance_field(q: wp.array3d[wp.vec3], s: float, q_out: wp.array3d[wp.vec3]):       <L 11>
    // i, j, k = wp.tid()                                                                     <L 12>
    builtin_tid3d(var_0, var_1, var_2);
    // q_out[i, j, k] = q[i, j, k] * s                                                        <L 13>
    var_3 = wp::address(var_q, var_0, var_1, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::mul(var_5, var_s);
    wp::array_store(var_q_out, var_0, var_1, var_2, var_4);
}



template <bool wp_linear_contiguous>
static void advance_field_5cc860ee_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_advance_field_5cc860ee *_wp_args,
    wp_args_advance_field_5cc860ee *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_q = _wp_args->q;
    wp::float32 var_s = _wp_args->s;
    wp::array_t<wp::vec_t<3, wp::float32>> var_q_out = _wp_args->q_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_q = _wp_adj_args->q;
    wp::float32 adj_s = _wp_adj_args->s;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_q_out = _wp_adj_args->q_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    //---------
    // forward
    // def advance_field(q: wp.array3d[wp.vec3], s: float, q_out: wp.array3d[wp.vec3]):       <L 11>
    // i, j, k = wp.tid()                                                                     <L 12>
    builtin_tid3d(var_0, var_1, var_2);
    // q_out[i, j, k] = q[i, j, k] * s                                                        <L 13>
    var_3 = wp::address(var_q, var_0, var_1, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::mul(var_5, var_s);
    // wp::array_store(var_q_out, var_0, var_1, var_2, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_q_out, var_0, var_1, var_2, var_4, adj_q_out, adj_0, adj_1, adj_2, adj_4);
    wp::adj_mul(var_5, var_s, adj_3, adj_s, adj_4);
    wp::adj_address(var_q, var_0, var_1, var_2, adj_q, adj_0, adj_1, adj_2, adj_3);
    // adj: q_out[i, j, k] = q[i, j, k] * s                                                   <L 13>
    // adj: i, j, k = wp.tid()                                                                <L 12>
    // adj: def advance_field(q: wp.array3d[wp.vec3], s: float, q_out: wp.array3d[wp.vec3]):  <L 11>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void advance_field_5cc860ee_cpu_forward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_advance_field_5cc860ee *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        advance_field_5cc860ee_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void advance_field_5cc860ee_cpu_forward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_advance_field_5cc860ee *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    advance_field_5cc860ee_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void advance_field_5cc860ee_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_advance_field_5cc860ee *_wp_args)
{
    advance_field_5cc860ee_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void advance_field_5cc860ee_cpu_backward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_advance_field_5cc860ee *_wp_args,
    wp_args_advance_field_5cc860ee *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        advance_field_5cc860ee_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void advance_field_5cc860ee_cpu_backward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_advance_field_5cc860ee *_wp_args,
    wp_args_advance_field_5cc860ee *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    advance_field_5cc860ee_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void advance_field_5cc860ee_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_advance_field_5cc860ee *_wp_args,
    wp_args_advance_field_5cc860ee *_wp_adj_args)
{
    advance_field_5cc860ee_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_seed_field_c37bbebc {
    wp::array_t<wp::float32> field_out;
    wp::float32 k_wave;
    wp::float32 amp;
};


template <bool wp_linear_contiguous>
static void seed_field_c37bbebc_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_seed_field_c37bbebc *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_field_out = _wp_args->field_out;
    wp::float32 var_k_wave = _wp_args->k_wave;
    wp::float32 var_amp = _wp_args->amp;
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
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    //---------
    // forward
    // def seed_field(field_out: wp.array3d[float], k_wave: float, amp: float):               <L 17>
    // i, j, k = wp.tid()                                                                     <L 18>
    builtin_tid3d(var_0, var_1, var_2);
    // x = (float(i) + 0.5) / float(field_out.shape[0])                                       <L 21>
    var_3 = wp::float(var_0);
    var_5 = wp::add(var_3, var_4);
    var_6 = &(var_field_out.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = wp::float(var_8);
    var_11 = wp::div(var_5, var_10);
    // y = (float(j) + 0.5) / float(field_out.shape[1])                                       <L 22>
    var_12 = wp::float(var_1);
    var_14 = wp::add(var_12, var_13);
    var_15 = &(var_field_out.shape);
    var_18 = wp::load(var_15);
    var_17 = wp::extract(var_18, var_16);
    var_19 = wp::float(var_17);
    var_20 = wp::div(var_14, var_19);
    // z = (float(k) + 0.5) / float(field_out.shape[2])                                       <L 23>
    var_21 = wp::float(var_2);
    var_23 = wp::add(var_21, var_22);
    var_24 = &(var_field_out.shape);
    var_27 = wp::load(var_24);
    var_26 = wp::extract(var_27, var_25);
    var_28 = wp::float(var_26);
    var_29 = wp::div(var_23, var_28);
    // field_out[i, j, k] = amp * wp.cos(k_wave * (x + y + z))                                <L 24>
    var_30 = wp::add(var_11, var_20);
    var_31 = wp::add(var_30, var_29);
    var_32 = wp::mul(var_k_wave, var_31);
    var_33 = wp::cos(var_32);
    var_34 = wp::mul(var_amp, var_33);
    wp::array_store(var_field_out, var_0, var_1, var_2, var_34);
}



template <bool wp_linear_contiguous>
static void seed_field_c37bbebc_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_seed_field_c37bbebc *_wp_args,
    wp_args_seed_field_c37bbebc *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_field_out = _wp_args->field_out;
    wp::float32 var_k_wave = _wp_args->k_wave;
    wp::float32 var_amp = _wp_args->amp;
    wp::array_t<wp::float32> adj_field_out = _wp_adj_args->field_out;
    wp::float32 adj_k_wave = _wp_adj_args->k_wave;
    wp::float32 adj_amp = _wp_adj_args->amp;
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
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
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
    //---------
    // forward
    // def seed_field(field_out: wp.array3d[float], k_wave: float, amp: float):               <L 17>
    // i, j, k = wp.tid()                                                                     <L 18>
    builtin_tid3d(var_0, var_1, var_2);
    // x = (float(i) + 0.5) / float(field_out.shape[0])                                       <L 21>
    var_3 = wp::float(var_0);
    var_5 = wp::add(var_3, var_4);
    var_6 = &(var_field_out.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = wp::float(var_8);
    var_11 = wp::div(var_5, var_10);
    // y = (float(j) + 0.5) / float(field_out.shape[1])                                       <L 22>
    var_12 = wp::float(var_1);
    var_14 = wp::add(var_12, var_13);
    var_15 = &(var_field_out.shape);
    var_18 = wp::load(var_15);
    var_17 = wp::extract(var_18, var_16);
    var_19 = wp::float(var_17);
    var_20 = wp::div(var_14, var_19);
    // z = (float(k) + 0.5) / float(field_out.shape[2])                                       <L 23>
    var_21 = wp::float(var_2);
    var_23 = wp::add(var_21, var_22);
    var_24 = &(var_field_out.shape);
    var_27 = wp::load(var_24);
    var_26 = wp::extract(var_27, var_25);
    var_28 = wp::float(var_26);
    var_29 = wp::div(var_23, var_28);
    // field_out[i, j, k] = amp * wp.cos(k_wave * (x + y + z))                                <L 24>
    var_30 = wp::add(var_11, var_20);
    var_31 = wp::add(var_30, var_29);
    var_32 = wp::mul(var_k_wave, var_31);
    var_33 = wp::cos(var_32);
    var_34 = wp::mul(var_amp, var_33);
    // wp::array_store(var_field_out, var_0, var_1, var_2, var_34);
    //---------
    // reverse
    wp::adj_array_store(var_field_out, var_0, var_1, var_2, var_34, adj_field_out, adj_0, adj_1, adj_2, adj_34);
    wp::adj_mul(var_amp, var_33, adj_amp, adj_33, adj_34);
    wp::adj_cos(var_32, adj_32, adj_33);
    wp::adj_mul(var_k_wave, var_31, adj_k_wave, adj_31, adj_32);
    wp::adj_add(var_30, var_29, adj_30, adj_29, adj_31);
    wp::adj_add(var_11, var_20, adj_11, adj_20, adj_30);
    // adj: field_out[i, j, k] = amp * wp.cos(k_wave * (x + y + z))                           <L 24>
    wp::adj_div(var_23, var_28, var_29, adj_23, adj_28, adj_29);
    wp::adj_float(var_26, adj_26, adj_28);
    adj_field_out.shape = adj_24;
    wp::adj_add(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_float(var_2, adj_2, adj_21);
    // adj: z = (float(k) + 0.5) / float(field_out.shape[2])                                  <L 23>
    wp::adj_div(var_14, var_19, var_20, adj_14, adj_19, adj_20);
    wp::adj_float(var_17, adj_17, adj_19);
    adj_field_out.shape = adj_15;
    wp::adj_add(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_float(var_1, adj_1, adj_12);
    // adj: y = (float(j) + 0.5) / float(field_out.shape[1])                                  <L 22>
    wp::adj_div(var_5, var_10, var_11, adj_5, adj_10, adj_11);
    wp::adj_float(var_8, adj_8, adj_10);
    adj_field_out.shape = adj_6;
    wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_float(var_0, adj_0, adj_3);
    // adj: x = (float(i) + 0.5) / float(field_out.shape[0])                                  <L 21>
    // adj: i, j, k = wp.tid()                                                                <L 18>
    // adj: def seed_field(field_out: wp.array3d[float], k_wave: float, amp: float):          <L 17>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void seed_field_c37bbebc_cpu_forward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_seed_field_c37bbebc *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        seed_field_c37bbebc_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void seed_field_c37bbebc_cpu_forward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_seed_field_c37bbebc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    seed_field_c37bbebc_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void seed_field_c37bbebc_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_seed_field_c37bbebc *_wp_args)
{
    seed_field_c37bbebc_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void seed_field_c37bbebc_cpu_backward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_seed_field_c37bbebc *_wp_args,
    wp_args_seed_field_c37bbebc *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        seed_field_c37bbebc_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void seed_field_c37bbebc_cpu_backward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_seed_field_c37bbebc *_wp_args,
    wp_args_seed_field_c37bbebc *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    seed_field_c37bbebc_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void seed_field_c37bbebc_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_seed_field_c37bbebc *_wp_args,
    wp_args_seed_field_c37bbebc *_wp_adj_args)
{
    seed_field_c37bbebc_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_update_grid_velocity_c6af33c7 {
    wp::array_t<wp::float32> grid_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> grid_mv;
    wp::array_t<wp::int32> grid_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
    wp::array_t<wp::vec_t<3, wp::float32>> grid_v_out;
    wp::float32 dt;
    wp::int32 bound;
};


template <bool wp_linear_contiguous>
static void update_grid_velocity_c6af33c7_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_update_grid_velocity_c6af33c7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_grid_mass = _wp_args->grid_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_mv = _wp_args->grid_mv;
    wp::array_t<wp::int32> var_grid_flags = _wp_args->grid_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v_out = _wp_args->grid_v_out;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_bound = _wp_args->bound;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    bool var_7;
    const wp::float32 var_8 = 0.0;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = -9.81;
    const wp::float32 var_15 = 0.0;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::int32* var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    const wp::int32 var_22 = 1;
    bool var_23;
    const wp::float32 var_24 = 0.0;
    wp::vec_t<3, wp::float32> var_25;
    const wp::int32 var_26 = 2;
    bool var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    const wp::int32 var_31 = 0;
    bool var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::shape_t* var_35;
    const wp::int32 var_36 = 0;
    wp::int32 var_37;
    wp::shape_t var_38;
    wp::shape_t* var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    wp::shape_t var_42;
    wp::shape_t* var_43;
    const wp::int32 var_44 = 2;
    wp::int32 var_45;
    wp::shape_t var_46;
    bool var_47;
    const wp::float32 var_48 = 1.0;
    const wp::float32 var_49 = 0.0;
    const wp::float32 var_50 = 0.0;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    wp::int32 var_54;
    bool var_55;
    const wp::float32 var_56 = -1.0;
    const wp::float32 var_57 = 0.0;
    const wp::float32 var_58 = 0.0;
    wp::vec_t<3, wp::float32> var_59;
    wp::vec_t<3, wp::float32> var_60;
    wp::vec_t<3, wp::float32> var_61;
    bool var_62;
    const wp::float32 var_63 = 0.0;
    const wp::float32 var_64 = 1.0;
    const wp::float32 var_65 = 0.0;
    wp::vec_t<3, wp::float32> var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::int32 var_69;
    bool var_70;
    const wp::float32 var_71 = 0.0;
    const wp::float32 var_72 = -1.0;
    const wp::float32 var_73 = 0.0;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    bool var_77;
    const wp::float32 var_78 = 0.0;
    const wp::float32 var_79 = 0.0;
    const wp::float32 var_80 = 1.0;
    wp::vec_t<3, wp::float32> var_81;
    wp::vec_t<3, wp::float32> var_82;
    wp::vec_t<3, wp::float32> var_83;
    wp::int32 var_84;
    bool var_85;
    const wp::float32 var_86 = 0.0;
    const wp::float32 var_87 = 0.0;
    const wp::float32 var_88 = -1.0;
    wp::vec_t<3, wp::float32> var_89;
    wp::vec_t<3, wp::float32> var_90;
    wp::vec_t<3, wp::float32> var_91;
    //---------
    // forward
    // def update_grid_velocity(                                                              <L 38>
    // i, j, k = wp.tid()                                                                     <L 47>
    builtin_tid3d(var_0, var_1, var_2);
    // m = grid_mass[i, j, k]                                                                 <L 48>
    var_3 = wp::address(var_grid_mass, var_0, var_1, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // if m <= 0.0:                                                                           <L 49>
    var_7 = (var_4 <= var_6);
    if (var_7) {
        // grid_v_out[i, j, k] = wp.vec3(0.0)                                                 <L 50>
        var_9 = wp::vec_t<3, wp::float32>(var_8);
        wp::array_store(var_grid_v_out, var_0, var_1, var_2, var_9);
        // return                                                                             <L 51>
        return;
    }
    // v = grid_mv[i, j, k] / m + wp.vec3(0.0, -9.81, 0.0) * dt                               <L 52>
    var_10 = wp::address(var_grid_mv, var_0, var_1, var_2);
    var_12 = wp::load(var_10);
    var_11 = wp::div(var_12, var_4);
    var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
    var_17 = wp::mul(var_16, var_dt);
    var_18 = wp::add(var_11, var_17);
    // cell = grid_flags[i, j, k]                                                             <L 53>
    var_19 = wp::address(var_grid_flags, var_0, var_1, var_2);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // if cell == CellType.SOLID:                                                             <L 54>
    var_23 = (var_20 == var_22);
    if (var_23) {
        // v = wp.vec3(0.0)                                                                   <L 55>
        var_25 = wp::vec_t<3, wp::float32>(var_24);
    }
    if (!var_23) {
        // elif cell == CellType.SLIP:                                                        <L 56>
        var_27 = (var_20 == var_26);
        if (var_27) {
            // v = project_slip(v, normals[i, j, k])                                          <L 57>
            var_28 = wp::address(var_normals, var_0, var_1, var_2);
            var_30 = wp::load(var_28);
            var_29 = project_slip_0(var_18, var_30);
        }
        if (!var_27) {
            // elif cell != CellType.FREE:                                                    <L 58>
            var_32 = (var_20 != var_31);
            if (var_32) {
                // return                                                                     <L 59>
                return;
            }
        }
        var_33 = wp::where(var_27, var_29, var_18);
    }
    var_34 = wp::where(var_23, var_25, var_33);
    // nx = grid_mass.shape[0]                                                                <L 60>
    var_35 = &(var_grid_mass.shape);
    var_38 = wp::load(var_35);
    var_37 = wp::extract(var_38, var_36);
    // ny = grid_mass.shape[1]                                                                <L 61>
    var_39 = &(var_grid_mass.shape);
    var_42 = wp::load(var_39);
    var_41 = wp::extract(var_42, var_40);
    // nz = grid_mass.shape[2]                                                                <L 62>
    var_43 = &(var_grid_mass.shape);
    var_46 = wp::load(var_43);
    var_45 = wp::extract(var_46, var_44);
    // if i < bound:                                                                          <L 63>
    var_47 = (var_0 < var_bound);
    if (var_47) {
        // v = project_slip(v, wp.vec3(1.0, 0.0, 0.0))                                        <L 64>
        var_51 = wp::vec_t<3, wp::float32>(var_48, var_49, var_50);
        var_52 = project_slip_0(var_34, var_51);
    }
    var_53 = wp::where(var_47, var_52, var_34);
    // if i >= nx - bound:                                                                    <L 65>
    var_54 = wp::sub(var_37, var_bound);
    var_55 = (var_0 >= var_54);
    if (var_55) {
        // v = project_slip(v, wp.vec3(-1.0, 0.0, 0.0))                                       <L 66>
        var_59 = wp::vec_t<3, wp::float32>(var_56, var_57, var_58);
        var_60 = project_slip_0(var_53, var_59);
    }
    var_61 = wp::where(var_55, var_60, var_53);
    // if j < bound:                                                                          <L 67>
    var_62 = (var_1 < var_bound);
    if (var_62) {
        // v = project_slip(v, wp.vec3(0.0, 1.0, 0.0))                                        <L 68>
        var_66 = wp::vec_t<3, wp::float32>(var_63, var_64, var_65);
        var_67 = project_slip_0(var_61, var_66);
    }
    var_68 = wp::where(var_62, var_67, var_61);
    // if j >= ny - bound:                                                                    <L 69>
    var_69 = wp::sub(var_41, var_bound);
    var_70 = (var_1 >= var_69);
    if (var_70) {
        // v = project_slip(v, wp.vec3(0.0, -1.0, 0.0))                                       <L 70>
        var_74 = wp::vec_t<3, wp::float32>(var_71, var_72, var_73);
        var_75 = project_slip_0(var_68, var_74);
    }
    var_76 = wp::where(var_70, var_75, var_68);
    // if k < bound:                                                                          <L 71>
    var_77 = (var_2 < var_bound);
    if (var_77) {
        // v = project_slip(v, wp.vec3(0.0, 0.0, 1.0))                                        <L 72>
        var_81 = wp::vec_t<3, wp::float32>(var_78, var_79, var_80);
        var_82 = project_slip_0(var_76, var_81);
    }
    var_83 = wp::where(var_77, var_82, var_76);
    // if k >= nz - bound:                                                                    <L 73>
    var_84 = wp::sub(var_45, var_bound);
    var_85 = (var_2 >= var_84);
    if (var_85) {
        // v = project_slip(v, wp.vec3(0.0, 0.0, -1.0))                                       <L 74>
        var_89 = wp::vec_t<3, wp::float32>(var_86, var_87, var_88);
        var_90 = project_slip_0(var_83, var_89);
    }
    var_91 = wp::where(var_85, var_90, var_83);
    // grid_v_out[i, j, k] = v                                                                <L 75>
    wp::array_store(var_grid_v_out, var_0, var_1, var_2, var_91);
}



template <bool wp_linear_contiguous>
static void update_grid_velocity_c6af33c7_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_update_grid_velocity_c6af33c7 *_wp_args,
    wp_args_update_grid_velocity_c6af33c7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_grid_mass = _wp_args->grid_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_mv = _wp_args->grid_mv;
    wp::array_t<wp::int32> var_grid_flags = _wp_args->grid_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v_out = _wp_args->grid_v_out;
    wp::float32 var_dt = _wp_args->dt;
    wp::int32 var_bound = _wp_args->bound;
    wp::array_t<wp::float32> adj_grid_mass = _wp_adj_args->grid_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grid_mv = _wp_adj_args->grid_mv;
    wp::array_t<wp::int32> adj_grid_flags = _wp_adj_args->grid_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grid_v_out = _wp_adj_args->grid_v_out;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::int32 adj_bound = _wp_adj_args->bound;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    bool var_7;
    const wp::float32 var_8 = 0.0;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = -9.81;
    const wp::float32 var_15 = 0.0;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::int32* var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    const wp::int32 var_22 = 1;
    bool var_23;
    const wp::float32 var_24 = 0.0;
    wp::vec_t<3, wp::float32> var_25;
    const wp::int32 var_26 = 2;
    bool var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    const wp::int32 var_31 = 0;
    bool var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::shape_t* var_35;
    const wp::int32 var_36 = 0;
    wp::int32 var_37;
    wp::shape_t var_38;
    wp::shape_t* var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    wp::shape_t var_42;
    wp::shape_t* var_43;
    const wp::int32 var_44 = 2;
    wp::int32 var_45;
    wp::shape_t var_46;
    bool var_47;
    const wp::float32 var_48 = 1.0;
    const wp::float32 var_49 = 0.0;
    const wp::float32 var_50 = 0.0;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    wp::int32 var_54;
    bool var_55;
    const wp::float32 var_56 = -1.0;
    const wp::float32 var_57 = 0.0;
    const wp::float32 var_58 = 0.0;
    wp::vec_t<3, wp::float32> var_59;
    wp::vec_t<3, wp::float32> var_60;
    wp::vec_t<3, wp::float32> var_61;
    bool var_62;
    const wp::float32 var_63 = 0.0;
    const wp::float32 var_64 = 1.0;
    const wp::float32 var_65 = 0.0;
    wp::vec_t<3, wp::float32> var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::int32 var_69;
    bool var_70;
    const wp::float32 var_71 = 0.0;
    const wp::float32 var_72 = -1.0;
    const wp::float32 var_73 = 0.0;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    bool var_77;
    const wp::float32 var_78 = 0.0;
    const wp::float32 var_79 = 0.0;
    const wp::float32 var_80 = 1.0;
    wp::vec_t<3, wp::float32> var_81;
    wp::vec_t<3, wp::float32> var_82;
    wp::vec_t<3, wp::float32> var_83;
    wp::int32 var_84;
    bool var_85;
    const wp::float32 var_86 = 0.0;
    const wp::float32 var_87 = 0.0;
    const wp::float32 var_88 = -1.0;
    wp::vec_t<3, wp::float32> var_89;
    wp::vec_t<3, wp::float32> var_90;
    wp::vec_t<3, wp::float32> var_91;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    bool adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::int32 adj_31 = {};
    bool adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::shape_t adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::shape_t adj_38 = {};
    wp::shape_t adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::shape_t adj_42 = {};
    wp::shape_t adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::shape_t adj_46 = {};
    bool adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    wp::int32 adj_54 = {};
    bool adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::vec_t<3, wp::float32> adj_59 = {};
    wp::vec_t<3, wp::float32> adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    bool adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::int32 adj_69 = {};
    bool adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::vec_t<3, wp::float32> adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    bool adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::vec_t<3, wp::float32> adj_81 = {};
    wp::vec_t<3, wp::float32> adj_82 = {};
    wp::vec_t<3, wp::float32> adj_83 = {};
    wp::int32 adj_84 = {};
    bool adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::vec_t<3, wp::float32> adj_89 = {};
    wp::vec_t<3, wp::float32> adj_90 = {};
    wp::vec_t<3, wp::float32> adj_91 = {};
    //---------
    // forward
    // def update_grid_velocity(                                                              <L 38>
    // i, j, k = wp.tid()                                                                     <L 47>
    builtin_tid3d(var_0, var_1, var_2);
    // m = grid_mass[i, j, k]                                                                 <L 48>
    var_3 = wp::address(var_grid_mass, var_0, var_1, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // if m <= 0.0:                                                                           <L 49>
    var_7 = (var_4 <= var_6);
    if (var_7) {
        // grid_v_out[i, j, k] = wp.vec3(0.0)                                                 <L 50>
        var_9 = wp::vec_t<3, wp::float32>(var_8);
        // wp::array_store(var_grid_v_out, var_0, var_1, var_2, var_9);
        // return                                                                             <L 51>
        goto label0;
    }
    // v = grid_mv[i, j, k] / m + wp.vec3(0.0, -9.81, 0.0) * dt                               <L 52>
    var_10 = wp::address(var_grid_mv, var_0, var_1, var_2);
    var_12 = wp::load(var_10);
    var_11 = wp::div(var_12, var_4);
    var_16 = wp::vec_t<3, wp::float32>(var_13, var_14, var_15);
    var_17 = wp::mul(var_16, var_dt);
    var_18 = wp::add(var_11, var_17);
    // cell = grid_flags[i, j, k]                                                             <L 53>
    var_19 = wp::address(var_grid_flags, var_0, var_1, var_2);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // if cell == CellType.SOLID:                                                             <L 54>
    var_23 = (var_20 == var_22);
    if (var_23) {
        // v = wp.vec3(0.0)                                                                   <L 55>
        var_25 = wp::vec_t<3, wp::float32>(var_24);
    }
    if (!var_23) {
        // elif cell == CellType.SLIP:                                                        <L 56>
        var_27 = (var_20 == var_26);
        if (var_27) {
            // v = project_slip(v, normals[i, j, k])                                          <L 57>
            var_28 = wp::address(var_normals, var_0, var_1, var_2);
            var_30 = wp::load(var_28);
            var_29 = project_slip_0(var_18, var_30);
        }
        if (!var_27) {
            // elif cell != CellType.FREE:                                                    <L 58>
            var_32 = (var_20 != var_31);
            if (var_32) {
                // return                                                                     <L 59>
                goto label1;
            }
        }
        var_33 = wp::where(var_27, var_29, var_18);
    }
    var_34 = wp::where(var_23, var_25, var_33);
    // nx = grid_mass.shape[0]                                                                <L 60>
    var_35 = &(var_grid_mass.shape);
    var_38 = wp::load(var_35);
    var_37 = wp::extract(var_38, var_36);
    // ny = grid_mass.shape[1]                                                                <L 61>
    var_39 = &(var_grid_mass.shape);
    var_42 = wp::load(var_39);
    var_41 = wp::extract(var_42, var_40);
    // nz = grid_mass.shape[2]                                                                <L 62>
    var_43 = &(var_grid_mass.shape);
    var_46 = wp::load(var_43);
    var_45 = wp::extract(var_46, var_44);
    // if i < bound:                                                                          <L 63>
    var_47 = (var_0 < var_bound);
    if (var_47) {
        // v = project_slip(v, wp.vec3(1.0, 0.0, 0.0))                                        <L 64>
        var_51 = wp::vec_t<3, wp::float32>(var_48, var_49, var_50);
        var_52 = project_slip_0(var_34, var_51);
    }
    var_53 = wp::where(var_47, var_52, var_34);
    // if i >= nx - bound:                                                                    <L 65>
    var_54 = wp::sub(var_37, var_bound);
    var_55 = (var_0 >= var_54);
    if (var_55) {
        // v = project_slip(v, wp.vec3(-1.0, 0.0, 0.0))                                       <L 66>
        var_59 = wp::vec_t<3, wp::float32>(var_56, var_57, var_58);
        var_60 = project_slip_0(var_53, var_59);
    }
    var_61 = wp::where(var_55, var_60, var_53);
    // if j < bound:                                                                          <L 67>
    var_62 = (var_1 < var_bound);
    if (var_62) {
        // v = project_slip(v, wp.vec3(0.0, 1.0, 0.0))                                        <L 68>
        var_66 = wp::vec_t<3, wp::float32>(var_63, var_64, var_65);
        var_67 = project_slip_0(var_61, var_66);
    }
    var_68 = wp::where(var_62, var_67, var_61);
    // if j >= ny - bound:                                                                    <L 69>
    var_69 = wp::sub(var_41, var_bound);
    var_70 = (var_1 >= var_69);
    if (var_70) {
        // v = project_slip(v, wp.vec3(0.0, -1.0, 0.0))                                       <L 70>
        var_74 = wp::vec_t<3, wp::float32>(var_71, var_72, var_73);
        var_75 = project_slip_0(var_68, var_74);
    }
    var_76 = wp::where(var_70, var_75, var_68);
    // if k < bound:                                                                          <L 71>
    var_77 = (var_2 < var_bound);
    if (var_77) {
        // v = project_slip(v, wp.vec3(0.0, 0.0, 1.0))                                        <L 72>
        var_81 = wp::vec_t<3, wp::float32>(var_78, var_79, var_80);
        var_82 = project_slip_0(var_76, var_81);
    }
    var_83 = wp::where(var_77, var_82, var_76);
    // if k >= nz - bound:                                                                    <L 73>
    var_84 = wp::sub(var_45, var_bound);
    var_85 = (var_2 >= var_84);
    if (var_85) {
        // v = project_slip(v, wp.vec3(0.0, 0.0, -1.0))                                       <L 74>
        var_89 = wp::vec_t<3, wp::float32>(var_86, var_87, var_88);
        var_90 = project_slip_0(var_83, var_89);
    }
    var_91 = wp::where(var_85, var_90, var_83);
    // grid_v_out[i, j, k] = v                                                                <L 75>
    // wp::array_store(var_grid_v_out, var_0, var_1, var_2, var_91);
    //---------
    // reverse
    wp::adj_array_store(var_grid_v_out, var_0, var_1, var_2, var_91, adj_grid_v_out, adj_0, adj_1, adj_2, adj_91);
    // adj: grid_v_out[i, j, k] = v                                                           <L 75>
    wp::adj_where(var_85, var_90, var_83, adj_85, adj_90, adj_83, adj_91);
    if (var_85) {
        adj_project_slip_0(var_83, var_89, adj_83, adj_89, adj_90);
        wp::adj_vec_t(var_86, var_87, var_88, adj_86, adj_87, adj_88, adj_89);
        // adj: v = project_slip(v, wp.vec3(0.0, 0.0, -1.0))                                  <L 74>
    }
    wp::adj_sub(var_45, var_bound, adj_45, adj_bound, adj_84);
    // adj: if k >= nz - bound:                                                               <L 73>
    wp::adj_where(var_77, var_82, var_76, adj_77, adj_82, adj_76, adj_83);
    if (var_77) {
        adj_project_slip_0(var_76, var_81, adj_76, adj_81, adj_82);
        wp::adj_vec_t(var_78, var_79, var_80, adj_78, adj_79, adj_80, adj_81);
        // adj: v = project_slip(v, wp.vec3(0.0, 0.0, 1.0))                                   <L 72>
    }
    // adj: if k < bound:                                                                     <L 71>
    wp::adj_where(var_70, var_75, var_68, adj_70, adj_75, adj_68, adj_76);
    if (var_70) {
        adj_project_slip_0(var_68, var_74, adj_68, adj_74, adj_75);
        wp::adj_vec_t(var_71, var_72, var_73, adj_71, adj_72, adj_73, adj_74);
        // adj: v = project_slip(v, wp.vec3(0.0, -1.0, 0.0))                                  <L 70>
    }
    wp::adj_sub(var_41, var_bound, adj_41, adj_bound, adj_69);
    // adj: if j >= ny - bound:                                                               <L 69>
    wp::adj_where(var_62, var_67, var_61, adj_62, adj_67, adj_61, adj_68);
    if (var_62) {
        adj_project_slip_0(var_61, var_66, adj_61, adj_66, adj_67);
        wp::adj_vec_t(var_63, var_64, var_65, adj_63, adj_64, adj_65, adj_66);
        // adj: v = project_slip(v, wp.vec3(0.0, 1.0, 0.0))                                   <L 68>
    }
    // adj: if j < bound:                                                                     <L 67>
    wp::adj_where(var_55, var_60, var_53, adj_55, adj_60, adj_53, adj_61);
    if (var_55) {
        adj_project_slip_0(var_53, var_59, adj_53, adj_59, adj_60);
        wp::adj_vec_t(var_56, var_57, var_58, adj_56, adj_57, adj_58, adj_59);
        // adj: v = project_slip(v, wp.vec3(-1.0, 0.0, 0.0))                                  <L 66>
    }
    wp::adj_sub(var_37, var_bound, adj_37, adj_bound, adj_54);
    // adj: if i >= nx - bound:                                                               <L 65>
    wp::adj_where(var_47, var_52, var_34, adj_47, adj_52, adj_34, adj_53);
    if (var_47) {
        adj_project_slip_0(var_34, var_51, adj_34, adj_51, adj_52);
        wp::adj_vec_t(var_48, var_49, var_50, adj_48, adj_49, adj_50, adj_51);
        // adj: v = project_slip(v, wp.vec3(1.0, 0.0, 0.0))                                   <L 64>
    }
    // adj: if i < bound:                                                                     <L 63>
    adj_grid_mass.shape = adj_43;
    // adj: nz = grid_mass.shape[2]                                                           <L 62>
    adj_grid_mass.shape = adj_39;
    // adj: ny = grid_mass.shape[1]                                                           <L 61>
    adj_grid_mass.shape = adj_35;
    // adj: nx = grid_mass.shape[0]                                                           <L 60>
    wp::adj_where(var_23, var_25, var_33, adj_23, adj_25, adj_33, adj_34);
    if (!var_23) {
        wp::adj_where(var_27, var_29, var_18, adj_27, adj_29, adj_18, adj_33);
        if (!var_27) {
            if (var_32) {
                label1:;
                // adj: return                                                                <L 59>
            }
            // adj: elif cell != CellType.FREE:                                               <L 58>
        }
        if (var_27) {
            adj_project_slip_0(var_18, var_30, adj_18, adj_28, adj_29);
            wp::adj_address(var_normals, var_0, var_1, var_2, adj_normals, adj_0, adj_1, adj_2, adj_28);
            // adj: v = project_slip(v, normals[i, j, k])                                     <L 57>
        }
        // adj: elif cell == CellType.SLIP:                                                   <L 56>
    }
    if (var_23) {
        wp::adj_vec_t(var_24, adj_24, adj_25);
        // adj: v = wp.vec3(0.0)                                                              <L 55>
    }
    // adj: if cell == CellType.SOLID:                                                        <L 54>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_grid_flags, var_0, var_1, var_2, adj_grid_flags, adj_0, adj_1, adj_2, adj_19);
    // adj: cell = grid_flags[i, j, k]                                                        <L 53>
    wp::adj_add(var_11, var_17, adj_11, adj_17, adj_18);
    wp::adj_mul(var_16, var_dt, adj_16, adj_dt, adj_17);
    wp::adj_vec_t(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
    wp::adj_div(var_12, var_4, adj_10, adj_4, adj_11);
    wp::adj_address(var_grid_mv, var_0, var_1, var_2, adj_grid_mv, adj_0, adj_1, adj_2, adj_10);
    // adj: v = grid_mv[i, j, k] / m + wp.vec3(0.0, -9.81, 0.0) * dt                          <L 52>
    if (var_7) {
        label0:;
        // adj: return                                                                        <L 51>
        wp::adj_array_store(var_grid_v_out, var_0, var_1, var_2, var_9, adj_grid_v_out, adj_0, adj_1, adj_2, adj_9);
        wp::adj_vec_t(var_8, adj_8, adj_9);
        // adj: grid_v_out[i, j, k] = wp.vec3(0.0)                                            <L 50>
    }
    // adj: if m <= 0.0:                                                                      <L 49>
    wp::adj_copy(var_5, adj_3, adj_4);
    wp::adj_address(var_grid_mass, var_0, var_1, var_2, adj_grid_mass, adj_0, adj_1, adj_2, adj_3);
    // adj: m = grid_mass[i, j, k]                                                            <L 48>
    // adj: i, j, k = wp.tid()                                                                <L 47>
    // adj: def update_grid_velocity(                                                         <L 38>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_grid_velocity_c6af33c7_cpu_forward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_grid_velocity_c6af33c7 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_grid_velocity_c6af33c7_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void update_grid_velocity_c6af33c7_cpu_forward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_grid_velocity_c6af33c7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    update_grid_velocity_c6af33c7_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void update_grid_velocity_c6af33c7_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_grid_velocity_c6af33c7 *_wp_args)
{
    update_grid_velocity_c6af33c7_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_grid_velocity_c6af33c7_cpu_backward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_grid_velocity_c6af33c7 *_wp_args,
    wp_args_update_grid_velocity_c6af33c7 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_grid_velocity_c6af33c7_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void update_grid_velocity_c6af33c7_cpu_backward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_grid_velocity_c6af33c7 *_wp_args,
    wp_args_update_grid_velocity_c6af33c7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    update_grid_velocity_c6af33c7_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void update_grid_velocity_c6af33c7_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_grid_velocity_c6af33c7 *_wp_args,
    wp_args_update_grid_velocity_c6af33c7 *_wp_adj_args)
{
    update_grid_velocity_c6af33c7_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

