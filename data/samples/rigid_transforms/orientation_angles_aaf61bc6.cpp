// Warp 1.19.0 cpu code for orientation_angles_aaf61bc6.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// warp/_src/math.py:221
static wp::vec_t<3, wp::float32> quat_to_rpy_0(
    wp::quat_t<wp::float32> var_q)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    const wp::int32 var_6 = 3;
    wp::float32 var_7;
    const wp::float32 var_8 = 2.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 2.0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 2.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = -1.0;
    const wp::float32 var_27 = 1.0;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 2.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 1.0;
    const wp::float32 var_36 = 2.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    //---------
    // forward
    // def quat_to_rpy(q: wp.quat) -> wp.vec3:                                                <L 222>
    // x = q[0]                                                                               <L 240>
    var_1 = wp::extract(var_q, var_0);
    // y = q[1]                                                                               <L 241>
    var_3 = wp::extract(var_q, var_2);
    // z = q[2]                                                                               <L 242>
    var_5 = wp::extract(var_q, var_4);
    // w = q[3]                                                                               <L 243>
    var_7 = wp::extract(var_q, var_6);
    // t0 = 2.0 * (w * x + y * z)                                                             <L 244>
    var_9 = wp::mul(var_7, var_1);
    var_10 = wp::mul(var_3, var_5);
    var_11 = wp::add(var_9, var_10);
    var_12 = wp::mul(var_8, var_11);
    // t1 = 1.0 - 2.0 * (x * x + y * y)                                                       <L 245>
    var_15 = wp::mul(var_1, var_1);
    var_16 = wp::mul(var_3, var_3);
    var_17 = wp::add(var_15, var_16);
    var_18 = wp::mul(var_14, var_17);
    var_19 = wp::sub(var_13, var_18);
    // roll_x = wp.atan2(t0, t1)                                                              <L 246>
    var_20 = wp::atan2(var_12, var_19);
    // t2 = 2.0 * (w * y - z * x)                                                             <L 248>
    var_22 = wp::mul(var_7, var_3);
    var_23 = wp::mul(var_5, var_1);
    var_24 = wp::sub(var_22, var_23);
    var_25 = wp::mul(var_21, var_24);
    // t2 = wp.clamp(t2, -1.0, 1.0)                                                           <L 249>
    var_28 = wp::clamp(var_25, var_26, var_27);
    // pitch_y = wp.asin(t2)                                                                  <L 250>
    var_29 = wp::asin(var_28);
    // t3 = 2.0 * (w * z + x * y)                                                             <L 252>
    var_31 = wp::mul(var_7, var_5);
    var_32 = wp::mul(var_1, var_3);
    var_33 = wp::add(var_31, var_32);
    var_34 = wp::mul(var_30, var_33);
    // t4 = 1.0 - 2.0 * (y * y + z * z)                                                       <L 253>
    var_37 = wp::mul(var_3, var_3);
    var_38 = wp::mul(var_5, var_5);
    var_39 = wp::add(var_37, var_38);
    var_40 = wp::mul(var_36, var_39);
    var_41 = wp::sub(var_35, var_40);
    // yaw_z = wp.atan2(t3, t4)                                                               <L 254>
    var_42 = wp::atan2(var_34, var_41);
    // return wp.vec3(roll_x, pitch_y, yaw_z)                                                 <L 256>
    var_43 = wp::vec_t<3, wp::float32>(var_20, var_29, var_42);
    return var_43;
}


// warp/_src/math.py:221
static void adj_quat_to_rpy_0(
    wp::quat_t<wp::float32> var_q,
    wp::quat_t<wp::float32> & adj_q,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    const wp::int32 var_6 = 3;
    wp::float32 var_7;
    const wp::float32 var_8 = 2.0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 2.0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 2.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = -1.0;
    const wp::float32 var_27 = 1.0;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 2.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 1.0;
    const wp::float32 var_36 = 2.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
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
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    //---------
    // forward
    // def quat_to_rpy(q: wp.quat) -> wp.vec3:                                                <L 222>
    // x = q[0]                                                                               <L 240>
    var_1 = wp::extract(var_q, var_0);
    // y = q[1]                                                                               <L 241>
    var_3 = wp::extract(var_q, var_2);
    // z = q[2]                                                                               <L 242>
    var_5 = wp::extract(var_q, var_4);
    // w = q[3]                                                                               <L 243>
    var_7 = wp::extract(var_q, var_6);
    // t0 = 2.0 * (w * x + y * z)                                                             <L 244>
    var_9 = wp::mul(var_7, var_1);
    var_10 = wp::mul(var_3, var_5);
    var_11 = wp::add(var_9, var_10);
    var_12 = wp::mul(var_8, var_11);
    // t1 = 1.0 - 2.0 * (x * x + y * y)                                                       <L 245>
    var_15 = wp::mul(var_1, var_1);
    var_16 = wp::mul(var_3, var_3);
    var_17 = wp::add(var_15, var_16);
    var_18 = wp::mul(var_14, var_17);
    var_19 = wp::sub(var_13, var_18);
    // roll_x = wp.atan2(t0, t1)                                                              <L 246>
    var_20 = wp::atan2(var_12, var_19);
    // t2 = 2.0 * (w * y - z * x)                                                             <L 248>
    var_22 = wp::mul(var_7, var_3);
    var_23 = wp::mul(var_5, var_1);
    var_24 = wp::sub(var_22, var_23);
    var_25 = wp::mul(var_21, var_24);
    // t2 = wp.clamp(t2, -1.0, 1.0)                                                           <L 249>
    var_28 = wp::clamp(var_25, var_26, var_27);
    // pitch_y = wp.asin(t2)                                                                  <L 250>
    var_29 = wp::asin(var_28);
    // t3 = 2.0 * (w * z + x * y)                                                             <L 252>
    var_31 = wp::mul(var_7, var_5);
    var_32 = wp::mul(var_1, var_3);
    var_33 = wp::add(var_31, var_32);
    var_34 = wp::mul(var_30, var_33);
    // t4 = 1.0 - 2.0 * (y * y + z * z)                                                       <L 253>
    var_37 = wp::mul(var_3, var_3);
    var_38 = wp::mul(var_5, var_5);
    var_39 = wp::add(var_37, var_38);
    var_40 = wp::mul(var_36, var_39);
    var_41 = wp::sub(var_35, var_40);
    // yaw_z = wp.atan2(t3, t4)                                                               <L 254>
    var_42 = wp::atan2(var_34, var_41);
    // return wp.vec3(roll_x, pitch_y, yaw_z)                                                 <L 256>
    var_43 = wp::vec_t<3, wp::float32>(var_20, var_29, var_42);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_43 += adj_ret;
    wp::adj_vec_t(var_20, var_29, var_42, adj_20, adj_29, adj_42, adj_43);
    // adj: return wp.vec3(roll_x, pitch_y, yaw_z)                                            <L 256>
    wp::adj_atan2(var_34, var_41, adj_34, adj_41, adj_42);
    // adj: yaw_z = wp.atan2(t3, t4)                                                          <L 254>
    wp::adj_sub(var_35, var_40, adj_35, adj_40, adj_41);
    wp::adj_mul(var_36, var_39, adj_36, adj_39, adj_40);
    wp::adj_add(var_37, var_38, adj_37, adj_38, adj_39);
    wp::adj_mul(var_5, var_5, adj_5, adj_5, adj_38);
    wp::adj_mul(var_3, var_3, adj_3, adj_3, adj_37);
    // adj: t4 = 1.0 - 2.0 * (y * y + z * z)                                                  <L 253>
    wp::adj_mul(var_30, var_33, adj_30, adj_33, adj_34);
    wp::adj_add(var_31, var_32, adj_31, adj_32, adj_33);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_32);
    wp::adj_mul(var_7, var_5, adj_7, adj_5, adj_31);
    // adj: t3 = 2.0 * (w * z + x * y)                                                        <L 252>
    wp::adj_asin(var_28, adj_28, adj_29);
    // adj: pitch_y = wp.asin(t2)                                                             <L 250>
    wp::adj_clamp(var_25, var_26, var_27, adj_25, adj_26, adj_27, adj_28);
    // adj: t2 = wp.clamp(t2, -1.0, 1.0)                                                      <L 249>
    wp::adj_mul(var_21, var_24, adj_21, adj_24, adj_25);
    wp::adj_sub(var_22, var_23, adj_22, adj_23, adj_24);
    wp::adj_mul(var_5, var_1, adj_5, adj_1, adj_23);
    wp::adj_mul(var_7, var_3, adj_7, adj_3, adj_22);
    // adj: t2 = 2.0 * (w * y - z * x)                                                        <L 248>
    wp::adj_atan2(var_12, var_19, adj_12, adj_19, adj_20);
    // adj: roll_x = wp.atan2(t0, t1)                                                         <L 246>
    wp::adj_sub(var_13, var_18, adj_13, adj_18, adj_19);
    wp::adj_mul(var_14, var_17, adj_14, adj_17, adj_18);
    wp::adj_add(var_15, var_16, adj_15, adj_16, adj_17);
    wp::adj_mul(var_3, var_3, adj_3, adj_3, adj_16);
    wp::adj_mul(var_1, var_1, adj_1, adj_1, adj_15);
    // adj: t1 = 1.0 - 2.0 * (x * x + y * y)                                                  <L 245>
    wp::adj_mul(var_8, var_11, adj_8, adj_11, adj_12);
    wp::adj_add(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_mul(var_3, var_5, adj_3, adj_5, adj_10);
    wp::adj_mul(var_7, var_1, adj_7, adj_1, adj_9);
    // adj: t0 = 2.0 * (w * x + y * z)                                                        <L 244>
    wp::adj_extract(var_q, var_6, adj_q, adj_6, adj_7);
    // adj: w = q[3]                                                                          <L 243>
    wp::adj_extract(var_q, var_4, adj_q, adj_4, adj_5);
    // adj: z = q[2]                                                                          <L 242>
    wp::adj_extract(var_q, var_2, adj_q, adj_2, adj_3);
    // adj: y = q[1]                                                                          <L 241>
    wp::adj_extract(var_q, var_0, adj_q, adj_0, adj_1);
    // adj: x = q[0]                                                                          <L 240>
    // adj: def quat_to_rpy(q: wp.quat) -> wp.vec3:                                           <L 222>
    return;
}

struct wp_args_orientation_angles_01675237 {
    wp::array_t<wp::quat_t<wp::float32>> rotations;
    wp::int32 num_active;
    wp::array_t<wp::vec_t<3, wp::float32>> rpy_out;
};


template <bool wp_linear_contiguous>
static void orientation_angles_01675237_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_orientation_angles_01675237 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_orientation_angles_01675237 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.rotations.strides[0] = sizeof(wp::quat_t<wp::float32>);
        wp_contiguous_args.rpy_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_rotations = _wp_args->rotations;
    wp::int32 var_num_active = _wp_args->num_active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rpy_out = _wp_args->rpy_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::quat_t<wp::float32>* var_2;
    wp::quat_t<wp::float32> var_3;
    wp::quat_t<wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // forward
    // def orientation_angles(rotations: wp.array[wp.quat], num_active: int, rpy_out: wp.array[wp.vec3]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // if tid >= num_active:                                                                  <L 7>
    var_1 = (var_0 >= var_num_active);
    if (var_1) {
        // return                                                                             <L 8>
        return;
    }
    // rot = rotations[tid]                                                                   <L 9>
    var_2 = wp::address(var_rotations, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // rpy_out[tid] = wp.quat_to_rpy(rot)                                                     <L 10>
    var_5 = quat_to_rpy_0(var_3);
    wp::array_store(var_rpy_out, var_0, var_5);
}



template <bool wp_linear_contiguous>
static void orientation_angles_01675237_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_orientation_angles_01675237 *_wp_args,
    wp_args_orientation_angles_01675237 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_orientation_angles_01675237 wp_contiguous_args;
    wp_args_orientation_angles_01675237 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.rotations.strides[0] = sizeof(wp::quat_t<wp::float32>);
        wp_contiguous_adj_args.rotations.strides[0] = sizeof(wp::quat_t<wp::float32>);
        wp_contiguous_args.rpy_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.rpy_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_rotations = _wp_args->rotations;
    wp::int32 var_num_active = _wp_args->num_active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rpy_out = _wp_args->rpy_out;
    wp::array_t<wp::quat_t<wp::float32>> adj_rotations = _wp_adj_args->rotations;
    wp::int32 adj_num_active = _wp_adj_args->num_active;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rpy_out = _wp_adj_args->rpy_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::quat_t<wp::float32>* var_2;
    wp::quat_t<wp::float32> var_3;
    wp::quat_t<wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::quat_t<wp::float32> adj_2 = {};
    wp::quat_t<wp::float32> adj_3 = {};
    wp::quat_t<wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    //---------
    // forward
    // def orientation_angles(rotations: wp.array[wp.quat], num_active: int, rpy_out: wp.array[wp.vec3]):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // if tid >= num_active:                                                                  <L 7>
    var_1 = (var_0 >= var_num_active);
    if (var_1) {
        // return                                                                             <L 8>
        goto label0;
    }
    // rot = rotations[tid]                                                                   <L 9>
    var_2 = wp::address(var_rotations, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // rpy_out[tid] = wp.quat_to_rpy(rot)                                                     <L 10>
    var_5 = quat_to_rpy_0(var_3);
    // wp::array_store(var_rpy_out, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_rpy_out, var_0, var_5, adj_rpy_out, adj_0, adj_5);
    adj_quat_to_rpy_0(var_3, adj_3, adj_5);
    // adj: rpy_out[tid] = wp.quat_to_rpy(rot)                                                <L 10>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_rotations, var_0, adj_rotations, adj_0, adj_2);
    // adj: rot = rotations[tid]                                                              <L 9>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 8>
    }
    // adj: if tid >= num_active:                                                             <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def orientation_angles(rotations: wp.array[wp.quat], num_active: int, rpy_out: wp.array[wp.vec3]):  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void orientation_angles_01675237_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_orientation_angles_01675237 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        orientation_angles_01675237_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void orientation_angles_01675237_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_orientation_angles_01675237 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->rotations.strides[0] == (int)sizeof(wp::quat_t<wp::float32>)) & (_wp_args->rpy_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        orientation_angles_01675237_cpu_forward_tasks<true>(dim, _wp_args);
    else
        orientation_angles_01675237_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void orientation_angles_01675237_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_orientation_angles_01675237 *_wp_args)
{
    orientation_angles_01675237_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void orientation_angles_01675237_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_orientation_angles_01675237 *_wp_args,
    wp_args_orientation_angles_01675237 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        orientation_angles_01675237_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void orientation_angles_01675237_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_orientation_angles_01675237 *_wp_args,
    wp_args_orientation_angles_01675237 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->rotations.strides[0] == (int)sizeof(wp::quat_t<wp::float32>)) & (_wp_adj_args->rotations.strides[0] == (int)sizeof(wp::quat_t<wp::float32>)) & (_wp_args->rpy_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->rpy_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        orientation_angles_01675237_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        orientation_angles_01675237_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void orientation_angles_01675237_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_orientation_angles_01675237 *_wp_args,
    wp_args_orientation_angles_01675237 *_wp_adj_args)
{
    orientation_angles_01675237_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

