// Warp 1.19.0 cpu code for sphere_trace_8c31f580.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

// sphere_trace.py:4
static wp::float32 scene_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def scene_sdf(p: wp.vec3, radius: float) -> float:                                     <L 5>
    // sphere = wp.length(p) - radius                                                         <L 6>
    var_0 = wp::length(var_p);
    var_1 = wp::sub(var_0, var_radius);
    // ground = p[1] + 1.0                                                                    <L 7>
    var_3 = wp::extract(var_p, var_2);
    var_5 = wp::add(var_3, var_4);
    // return wp.min(sphere, ground)                                                          <L 8>
    var_6 = wp::min(var_1, var_5);
    return var_6;
}


// sphere_trace.py:4
static void adj_scene_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_radius,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def scene_sdf(p: wp.vec3, radius: float) -> float:                                     <L 5>
    // sphere = wp.length(p) - radius                                                         <L 6>
    var_0 = wp::length(var_p);
    var_1 = wp::sub(var_0, var_radius);
    // ground = p[1] + 1.0                                                                    <L 7>
    var_3 = wp::extract(var_p, var_2);
    var_5 = wp::add(var_3, var_4);
    // return wp.min(sphere, ground)                                                          <L 8>
    var_6 = wp::min(var_1, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_min(var_1, var_5, adj_1, adj_5, adj_6);
    // adj: return wp.min(sphere, ground)                                                     <L 8>
    wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_extract(var_p, var_2, adj_p, adj_2, adj_3);
    // adj: ground = p[1] + 1.0                                                               <L 7>
    wp::adj_sub(var_0, var_radius, adj_0, adj_radius, adj_1);
    wp::adj_length(var_p, var_0, adj_p, adj_0);
    // adj: sphere = wp.length(p) - radius                                                    <L 6>
    // adj: def scene_sdf(p: wp.vec3, radius: float) -> float:                                <L 5>
    return;
}

struct wp_args_sphere_trace_b01d6fa7 {
    wp::vec_t<3, wp::float32> cam_pos;
    wp::float32 radius;
    wp::array_t<wp::float32> depth;
};


template <bool wp_linear_contiguous>
static void sphere_trace_b01d6fa7_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_sphere_trace_b01d6fa7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::vec_t<3, wp::float32> var_cam_pos = _wp_args->cam_pos;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::float32> var_depth = _wp_args->depth;
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
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 2.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 2.0;
    wp::float32 var_21;
    const wp::float32 var_22 = 1.0;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::float32 var_25 = -1.5;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    const wp::float32 var_28 = 0.0;
    wp::float32 var_29;
    const wp::int32 var_30 = 0;
    wp::int32 var_31;
    const wp::int32 var_32 = 64;
    bool var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 0.001;
    bool var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    const wp::int32 var_42 = 7;
    wp::int32 var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    //---------
    // forward
    // def sphere_trace(cam_pos: wp.vec3, radius: float, depth: wp.array2d(dtype=float)):       <L 12>
    // py, px = wp.tid()                                                                      <L 13>
    builtin_tid2d(var_0, var_1);
    // h = depth.shape[0]                                                                     <L 14>
    var_2 = &(var_depth.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // w = depth.shape[1]                                                                     <L 15>
    var_6 = &(var_depth.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // u = (float(px) / float(w)) * 2.0 - 1.0                                                 <L 16>
    var_10 = wp::float(var_1);
    var_11 = wp::float(var_8);
    var_12 = wp::div(var_10, var_11);
    var_14 = wp::mul(var_12, var_13);
    var_16 = wp::sub(var_14, var_15);
    // v = (float(py) / float(h)) * 2.0 - 1.0                                                 <L 17>
    var_17 = wp::float(var_0);
    var_18 = wp::float(var_4);
    var_19 = wp::div(var_17, var_18);
    var_21 = wp::mul(var_19, var_20);
    var_23 = wp::sub(var_21, var_22);
    // ro = cam_pos                                                                           <L 18>
    var_24 = wp::copy(var_cam_pos);
    // rd = wp.normalize(wp.vec3(u, v, -1.5))                                                 <L 19>
    var_26 = wp::vec_t<3, wp::float32>(var_16, var_23, var_25);
    var_27 = wp::normalize(var_26);
    // t = float(0.0)                                                                         <L 20>
    var_29 = wp::float(var_28);
    // steps = int(0)                                                                         <L 21>
    var_31 = wp::int(var_30);
    // while steps < 64:                                                                      <L 22>
    start_while_0:;
    var_33 = (var_31 < var_32);
    if ((var_33) == false) goto end_while_0;
        // d = scene_sdf(ro + rd * t, radius)                                                 <L 23>
        var_34 = wp::mul(var_27, var_29);
        var_35 = wp::add(var_24, var_34);
        var_36 = scene_sdf_0(var_35, var_radius);
        // if d < 1.0e-3:                                                                     <L 24>
        var_38 = (var_36 < var_37);
        if (var_38) {
            // break                                                                          <L 25>
            goto end_while_0;
        }
        // t += d                                                                             <L 26>
        var_39 = wp::add(var_29, var_36);
        // steps += 1                                                                         <L 27>
        var_41 = wp::add(var_31, var_40);
        wp::assign(var_29, var_39);
        wp::assign(var_31, var_41);
    goto start_while_0;
    end_while_0:;
    // step = px % 7                                                                          <L 28>
    var_43 = wp::mod(var_1, var_42);
    // heading = wp.normalize(rd - ro)                                                        <L 29>
    var_44 = wp::sub(var_27, var_24);
    var_45 = wp::normalize(var_44);
    // depth[py, px] = t + (float(step) + wp.length(heading))                                 <L 30>
    var_46 = wp::float(var_43);
    var_47 = wp::length(var_45);
    var_48 = wp::add(var_46, var_47);
    var_49 = wp::add(var_29, var_48);
    wp::array_store(var_depth, var_0, var_1, var_49);
}



template <bool wp_linear_contiguous>
static void sphere_trace_b01d6fa7_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_sphere_trace_b01d6fa7 *_wp_args,
    wp_args_sphere_trace_b01d6fa7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::vec_t<3, wp::float32> var_cam_pos = _wp_args->cam_pos;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::float32> var_depth = _wp_args->depth;
    wp::vec_t<3, wp::float32> adj_cam_pos = _wp_adj_args->cam_pos;
    wp::float32 adj_radius = _wp_adj_args->radius;
    wp::array_t<wp::float32> adj_depth = _wp_adj_args->depth;
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
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 2.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 2.0;
    wp::float32 var_21;
    const wp::float32 var_22 = 1.0;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::float32 var_25 = -1.5;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    const wp::float32 var_28 = 0.0;
    wp::float32 var_29;
    const wp::int32 var_30 = 0;
    wp::int32 var_31;
    const wp::int32 var_32 = 64;
    bool var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 0.001;
    bool var_38;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    wp::int32 var_41;
    const wp::int32 var_42 = 7;
    wp::int32 var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
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
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    bool adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    bool adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    //---------
    // forward
    // def sphere_trace(cam_pos: wp.vec3, radius: float, depth: wp.array2d(dtype=float)):       <L 12>
    // py, px = wp.tid()                                                                      <L 13>
    builtin_tid2d(var_0, var_1);
    // h = depth.shape[0]                                                                     <L 14>
    var_2 = &(var_depth.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // w = depth.shape[1]                                                                     <L 15>
    var_6 = &(var_depth.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // u = (float(px) / float(w)) * 2.0 - 1.0                                                 <L 16>
    var_10 = wp::float(var_1);
    var_11 = wp::float(var_8);
    var_12 = wp::div(var_10, var_11);
    var_14 = wp::mul(var_12, var_13);
    var_16 = wp::sub(var_14, var_15);
    // v = (float(py) / float(h)) * 2.0 - 1.0                                                 <L 17>
    var_17 = wp::float(var_0);
    var_18 = wp::float(var_4);
    var_19 = wp::div(var_17, var_18);
    var_21 = wp::mul(var_19, var_20);
    var_23 = wp::sub(var_21, var_22);
    // ro = cam_pos                                                                           <L 18>
    var_24 = wp::copy(var_cam_pos);
    // rd = wp.normalize(wp.vec3(u, v, -1.5))                                                 <L 19>
    var_26 = wp::vec_t<3, wp::float32>(var_16, var_23, var_25);
    var_27 = wp::normalize(var_26);
    // t = float(0.0)                                                                         <L 20>
    var_29 = wp::float(var_28);
    // steps = int(0)                                                                         <L 21>
    var_31 = wp::int(var_30);
    // while steps < 64:                                                                      <L 22>
    // step = px % 7                                                                          <L 28>
    var_43 = wp::mod(var_1, var_42);
    // heading = wp.normalize(rd - ro)                                                        <L 29>
    var_44 = wp::sub(var_27, var_24);
    var_45 = wp::normalize(var_44);
    // depth[py, px] = t + (float(step) + wp.length(heading))                                 <L 30>
    var_46 = wp::float(var_43);
    var_47 = wp::length(var_45);
    var_48 = wp::add(var_46, var_47);
    var_49 = wp::add(var_29, var_48);
    // wp::array_store(var_depth, var_0, var_1, var_49);
    //---------
    // reverse
    wp::adj_array_store(var_depth, var_0, var_1, var_49, adj_depth, adj_0, adj_1, adj_49);
    wp::adj_add(var_29, var_48, adj_29, adj_48, adj_49);
    wp::adj_add(var_46, var_47, adj_46, adj_47, adj_48);
    wp::adj_length(var_45, var_47, adj_45, adj_47);
    wp::adj_float(var_43, adj_43, adj_46);
    // adj: depth[py, px] = t + (float(step) + wp.length(heading))                            <L 30>
    wp::adj_normalize(var_44, var_45, adj_44, adj_45);
    wp::adj_sub(var_27, var_24, adj_27, adj_24, adj_44);
    // adj: heading = wp.normalize(rd - ro)                                                   <L 29>
    wp::adj_mod(var_1, var_42, adj_1, adj_42, adj_43);
    // adj: step = px % 7                                                                     <L 28>
    start_while_0:;
    var_33 = (var_31 < var_32);
    if ((var_33) == false) goto end_while_0;
    adj_34 = {};
    adj_35 = {};
    adj_36 = {};
    adj_37 = {};
    adj_38 = {};
    adj_39 = {};
    adj_40 = {};
    adj_41 = {};
        // d = scene_sdf(ro + rd * t, radius)                                                 <L 23>
        var_34 = wp::mul(var_27, var_29);
        var_35 = wp::add(var_24, var_34);
        var_36 = scene_sdf_0(var_35, var_radius);
        // if d < 1.0e-3:                                                                     <L 24>
        var_38 = (var_36 < var_37);
        if (var_38) {
            // break                                                                          <L 25>
            goto end_while_0;
        }
        // t += d                                                                             <L 26>
        var_39 = wp::add(var_29, var_36);
        // steps += 1                                                                         <L 27>
        var_41 = wp::add(var_31, var_40);
        wp::assign(var_29, var_39);
        wp::assign(var_31, var_41);
        wp::adj_assign(var_31, var_41, adj_31, adj_41);
        wp::adj_assign(var_29, var_39, adj_29, adj_39);
        wp::adj_add(var_31, var_40, adj_31, adj_40, adj_41);
        // adj: steps += 1                                                                    <L 27>
        wp::adj_add(var_29, var_36, adj_29, adj_36, adj_39);
        // adj: t += d                                                                        <L 26>
        if (var_38) {
            // adj: break                                                                     <L 25>
        }
        // adj: if d < 1.0e-3:                                                                <L 24>
        adj_scene_sdf_0(var_35, var_radius, adj_35, adj_radius, adj_36);
        wp::adj_add(var_24, var_34, adj_24, adj_34, adj_35);
        wp::adj_mul(var_27, var_29, adj_27, adj_29, adj_34);
        // adj: d = scene_sdf(ro + rd * t, radius)                                            <L 23>
    goto start_while_0;
    end_while_0:;
    // adj: while steps < 64:                                                                 <L 22>
    // adj: steps = int(0)                                                                    <L 21>
    wp::adj_float(var_28, adj_28, adj_29);
    // adj: t = float(0.0)                                                                    <L 20>
    wp::adj_normalize(var_26, var_27, adj_26, adj_27);
    wp::adj_vec_t(var_16, var_23, var_25, adj_16, adj_23, adj_25, adj_26);
    // adj: rd = wp.normalize(wp.vec3(u, v, -1.5))                                            <L 19>
    wp::adj_copy(var_cam_pos, adj_cam_pos, adj_24);
    // adj: ro = cam_pos                                                                      <L 18>
    wp::adj_sub(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_mul(var_19, var_20, adj_19, adj_20, adj_21);
    wp::adj_div(var_17, var_18, var_19, adj_17, adj_18, adj_19);
    wp::adj_float(var_4, adj_4, adj_18);
    wp::adj_float(var_0, adj_0, adj_17);
    // adj: v = (float(py) / float(h)) * 2.0 - 1.0                                            <L 17>
    wp::adj_sub(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_mul(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_div(var_10, var_11, var_12, adj_10, adj_11, adj_12);
    wp::adj_float(var_8, adj_8, adj_11);
    wp::adj_float(var_1, adj_1, adj_10);
    // adj: u = (float(px) / float(w)) * 2.0 - 1.0                                            <L 16>
    adj_depth.shape = adj_6;
    // adj: w = depth.shape[1]                                                                <L 15>
    adj_depth.shape = adj_2;
    // adj: h = depth.shape[0]                                                                <L 14>
    // adj: py, px = wp.tid()                                                                 <L 13>
    // adj: def sphere_trace(cam_pos: wp.vec3, radius: float, depth: wp.array2d(dtype=float)):  <L 12>
    return;
}



struct sphere_trace_b01d6fa7_cpu_block_payload_forward
{
    wp_args_sphere_trace_b01d6fa7* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sphere_trace_b01d6fa7_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    sphere_trace_b01d6fa7_cpu_block_payload_forward* payload = (sphere_trace_b01d6fa7_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sphere_trace_b01d6fa7_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void sphere_trace_b01d6fa7_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_sphere_trace_b01d6fa7 *_wp_args)
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
        sphere_trace_b01d6fa7_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sphere_trace_b01d6fa7_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct sphere_trace_b01d6fa7_cpu_block_payload_backward
{
    wp_args_sphere_trace_b01d6fa7* args;
    wp_args_sphere_trace_b01d6fa7* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sphere_trace_b01d6fa7_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    sphere_trace_b01d6fa7_cpu_block_payload_backward* payload = (sphere_trace_b01d6fa7_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sphere_trace_b01d6fa7_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void sphere_trace_b01d6fa7_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_sphere_trace_b01d6fa7 *_wp_args,
    wp_args_sphere_trace_b01d6fa7 *_wp_adj_args)
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
        sphere_trace_b01d6fa7_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sphere_trace_b01d6fa7_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

