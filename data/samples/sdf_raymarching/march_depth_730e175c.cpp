// Warp 1.19.0 cpu code for march_depth_730e175c.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

// march_depth.py:4
static wp::float32 sdf_shape_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_r)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def sdf_shape(p: wp.vec3, r: float):                                                   <L 5>
    // return wp.length(p) - r                                                                <L 6>
    var_0 = wp::length(var_p);
    var_1 = wp::sub(var_0, var_r);
    return var_1;
}


// march_depth.py:4
static void adj_sdf_shape_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_r,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_r,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def sdf_shape(p: wp.vec3, r: float):                                                   <L 5>
    // return wp.length(p) - r                                                                <L 6>
    var_0 = wp::length(var_p);
    var_1 = wp::sub(var_0, var_r);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_sub(var_0, var_r, adj_0, adj_r, adj_1);
    wp::adj_length(var_p, var_0, adj_p, adj_0);
    // adj: return wp.length(p) - r                                                           <L 6>
    // adj: def sdf_shape(p: wp.vec3, r: float):                                              <L 5>
    return;
}

struct wp_args_march_depth_55fb3cb6 {
    wp::array_t<wp::float32> hit_t;
    wp::vec_t<3, wp::float32> eye;
    wp::quat_t<wp::float32> view_rot;
};


template <bool wp_linear_contiguous>
static void march_depth_55fb3cb6_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_march_depth_55fb3cb6 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_hit_t = _wp_args->hit_t;
    wp::vec_t<3, wp::float32> var_eye = _wp_args->eye;
    wp::quat_t<wp::float32> var_view_rot = _wp_args->view_rot;
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
    const wp::float32 var_10 = 2.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 2.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = -2.0;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    const wp::float32 var_28 = 0.0;
    wp::float32 var_29;
    const wp::int32 var_30 = 128;
    wp::range_t var_31;
    wp::int32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    const wp::float32 var_35 = 0.5;
    wp::float32 var_36;
    bool var_37;
    const wp::float32 var_38 = 0.0001;
    bool var_39;
    const wp::float32 var_40 = 100.0;
    bool var_41;
    wp::float32 var_42;
    const wp::float32 var_43 = 100.0;
    wp::float32 var_44;
    //---------
    // forward
    // def march_depth(hit_t: wp.array2d[float], eye: wp.vec3, view_rot: wp.quat):            <L 10>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // width = hit_t.shape[0]                                                                 <L 12>
    var_2 = &(var_hit_t.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = hit_t.shape[1]                                                                <L 13>
    var_6 = &(var_hit_t.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // sx = (2.0 * float(i) - float(width)) / float(height)                                   <L 14>
    var_11 = wp::float(var_0);
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::float(var_4);
    var_14 = wp::sub(var_12, var_13);
    var_15 = wp::float(var_8);
    var_16 = wp::div(var_14, var_15);
    // sy = (2.0 * float(j) - float(height)) / float(height)                                  <L 15>
    var_18 = wp::float(var_1);
    var_19 = wp::mul(var_17, var_18);
    var_20 = wp::float(var_8);
    var_21 = wp::sub(var_19, var_20);
    var_22 = wp::float(var_8);
    var_23 = wp::div(var_21, var_22);
    // ray_dir = wp.quat_rotate(view_rot, wp.normalize(wp.vec3(sx, sy, -2.0)))                <L 16>
    var_25 = wp::vec_t<3, wp::float32>(var_16, var_23, var_24);
    var_26 = wp::normalize(var_25);
    var_27 = wp::quat_rotate(var_view_rot, var_26);
    // t = float(0.0)                                                                         <L 17>
    var_29 = wp::float(var_28);
    // for _step in range(128):                                                               <L 18>
    var_31 = wp::range(var_30);
    start_for_0:;
        if (iter_cmp(var_31) == 0) goto end_for_0;
        var_32 = wp::iter_next(var_31);
        // d = sdf_shape(eye + ray_dir * t, 0.5)                                              <L 19>
        var_33 = wp::mul(var_27, var_29);
        var_34 = wp::add(var_eye, var_33);
        var_36 = sdf_shape_0(var_34, var_35);
        // if d < 1.0e-4 or t > 100.0:                                                        <L 20>
        var_39 = (var_36 < var_38);
        var_37 = var_39;
        if (!var_37) {
            var_41 = (var_29 > var_40);
            var_37 = var_37 || var_41;
        }
        if (var_37) {
            // break                                                                          <L 21>
            goto end_for_0;
        }
        // t += d                                                                             <L 22>
        var_42 = wp::add(var_29, var_36);
        wp::assign(var_29, var_42);
        goto start_for_0;
    end_for_0:;
    // hit_t[i, j] = wp.min(t, 100.0)                                                         <L 23>
    var_44 = wp::min(var_29, var_43);
    wp::array_store(var_hit_t, var_0, var_1, var_44);
}



template <bool wp_linear_contiguous>
static void march_depth_55fb3cb6_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_march_depth_55fb3cb6 *_wp_args,
    wp_args_march_depth_55fb3cb6 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_hit_t = _wp_args->hit_t;
    wp::vec_t<3, wp::float32> var_eye = _wp_args->eye;
    wp::quat_t<wp::float32> var_view_rot = _wp_args->view_rot;
    wp::array_t<wp::float32> adj_hit_t = _wp_adj_args->hit_t;
    wp::vec_t<3, wp::float32> adj_eye = _wp_adj_args->eye;
    wp::quat_t<wp::float32> adj_view_rot = _wp_adj_args->view_rot;
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
    const wp::float32 var_10 = 2.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 2.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = -2.0;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    const wp::float32 var_28 = 0.0;
    wp::float32 var_29;
    const wp::int32 var_30 = 128;
    wp::range_t var_31;
    wp::int32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    const wp::float32 var_35 = 0.5;
    wp::float32 var_36;
    bool var_37;
    const wp::float32 var_38 = 0.0001;
    bool var_39;
    const wp::float32 var_40 = 100.0;
    bool var_41;
    wp::float32 var_42;
    const wp::float32 var_43 = 100.0;
    wp::float32 var_44;
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
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::range_t adj_31 = {};
    wp::int32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    bool adj_37 = {};
    wp::float32 adj_38 = {};
    bool adj_39 = {};
    wp::float32 adj_40 = {};
    bool adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    //---------
    // forward
    // def march_depth(hit_t: wp.array2d[float], eye: wp.vec3, view_rot: wp.quat):            <L 10>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // width = hit_t.shape[0]                                                                 <L 12>
    var_2 = &(var_hit_t.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // height = hit_t.shape[1]                                                                <L 13>
    var_6 = &(var_hit_t.shape);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    // sx = (2.0 * float(i) - float(width)) / float(height)                                   <L 14>
    var_11 = wp::float(var_0);
    var_12 = wp::mul(var_10, var_11);
    var_13 = wp::float(var_4);
    var_14 = wp::sub(var_12, var_13);
    var_15 = wp::float(var_8);
    var_16 = wp::div(var_14, var_15);
    // sy = (2.0 * float(j) - float(height)) / float(height)                                  <L 15>
    var_18 = wp::float(var_1);
    var_19 = wp::mul(var_17, var_18);
    var_20 = wp::float(var_8);
    var_21 = wp::sub(var_19, var_20);
    var_22 = wp::float(var_8);
    var_23 = wp::div(var_21, var_22);
    // ray_dir = wp.quat_rotate(view_rot, wp.normalize(wp.vec3(sx, sy, -2.0)))                <L 16>
    var_25 = wp::vec_t<3, wp::float32>(var_16, var_23, var_24);
    var_26 = wp::normalize(var_25);
    var_27 = wp::quat_rotate(var_view_rot, var_26);
    // t = float(0.0)                                                                         <L 17>
    var_29 = wp::float(var_28);
    // for _step in range(128):                                                               <L 18>
    var_31 = wp::range(var_30);
    // hit_t[i, j] = wp.min(t, 100.0)                                                         <L 23>
    var_44 = wp::min(var_29, var_43);
    // wp::array_store(var_hit_t, var_0, var_1, var_44);
    //---------
    // reverse
    wp::adj_array_store(var_hit_t, var_0, var_1, var_44, adj_hit_t, adj_0, adj_1, adj_44);
    wp::adj_min(var_29, var_43, adj_29, adj_43, adj_44);
    // adj: hit_t[i, j] = wp.min(t, 100.0)                                                    <L 23>
    var_31 = wp::iter_reverse(var_31);
    start_for_0:;
        if (iter_cmp(var_31) == 0) goto end_for_0;
        var_32 = wp::iter_next(var_31);
    	adj_33 = {};
    	adj_34 = {};
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
    	adj_38 = {};
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
    	adj_42 = {};
        // d = sdf_shape(eye + ray_dir * t, 0.5)                                              <L 19>
        var_33 = wp::mul(var_27, var_29);
        var_34 = wp::add(var_eye, var_33);
        var_36 = sdf_shape_0(var_34, var_35);
        // if d < 1.0e-4 or t > 100.0:                                                        <L 20>
        var_39 = (var_36 < var_38);
        var_37 = var_39;
        if (!var_37) {
            var_41 = (var_29 > var_40);
            var_37 = var_37 || var_41;
        }
        if (var_37) {
            // break                                                                          <L 21>
            goto end_for_0;
        }
        // t += d                                                                             <L 22>
        var_42 = wp::add(var_29, var_36);
        wp::assign(var_29, var_42);
        wp::adj_assign(var_29, var_42, adj_29, adj_42);
        wp::adj_add(var_29, var_36, adj_29, adj_36, adj_42);
        // adj: t += d                                                                        <L 22>
        if (var_37) {
            // adj: break                                                                     <L 21>
        }
        if (!var_37) {
        }
        // adj: if d < 1.0e-4 or t > 100.0:                                                   <L 20>
        adj_sdf_shape_0(var_34, var_35, adj_34, adj_35, adj_36);
        wp::adj_add(var_eye, var_33, adj_eye, adj_33, adj_34);
        wp::adj_mul(var_27, var_29, adj_27, adj_29, adj_33);
        // adj: d = sdf_shape(eye + ray_dir * t, 0.5)                                         <L 19>
    	goto start_for_0;
    end_for_0:;
    // adj: for _step in range(128):                                                          <L 18>
    wp::adj_float(var_28, adj_28, adj_29);
    // adj: t = float(0.0)                                                                    <L 17>
    wp::adj_quat_rotate(var_view_rot, var_26, adj_view_rot, adj_26, adj_27);
    wp::adj_normalize(var_25, var_26, adj_25, adj_26);
    wp::adj_vec_t(var_16, var_23, var_24, adj_16, adj_23, adj_24, adj_25);
    // adj: ray_dir = wp.quat_rotate(view_rot, wp.normalize(wp.vec3(sx, sy, -2.0)))           <L 16>
    wp::adj_div(var_21, var_22, var_23, adj_21, adj_22, adj_23);
    wp::adj_float(var_8, adj_8, adj_22);
    wp::adj_sub(var_19, var_20, adj_19, adj_20, adj_21);
    wp::adj_float(var_8, adj_8, adj_20);
    wp::adj_mul(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_float(var_1, adj_1, adj_18);
    // adj: sy = (2.0 * float(j) - float(height)) / float(height)                             <L 15>
    wp::adj_div(var_14, var_15, var_16, adj_14, adj_15, adj_16);
    wp::adj_float(var_8, adj_8, adj_15);
    wp::adj_sub(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_float(var_4, adj_4, adj_13);
    wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_float(var_0, adj_0, adj_11);
    // adj: sx = (2.0 * float(i) - float(width)) / float(height)                              <L 14>
    adj_hit_t.shape = adj_6;
    // adj: height = hit_t.shape[1]                                                           <L 13>
    adj_hit_t.shape = adj_2;
    // adj: width = hit_t.shape[0]                                                            <L 12>
    // adj: i, j = wp.tid()                                                                   <L 11>
    // adj: def march_depth(hit_t: wp.array2d[float], eye: wp.vec3, view_rot: wp.quat):       <L 10>
    return;
}



struct march_depth_55fb3cb6_cpu_block_payload_forward
{
    wp_args_march_depth_55fb3cb6* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void march_depth_55fb3cb6_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    march_depth_55fb3cb6_cpu_block_payload_forward* payload = (march_depth_55fb3cb6_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    march_depth_55fb3cb6_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void march_depth_55fb3cb6_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_march_depth_55fb3cb6 *_wp_args)
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
        march_depth_55fb3cb6_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &march_depth_55fb3cb6_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct march_depth_55fb3cb6_cpu_block_payload_backward
{
    wp_args_march_depth_55fb3cb6* args;
    wp_args_march_depth_55fb3cb6* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void march_depth_55fb3cb6_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    march_depth_55fb3cb6_cpu_block_payload_backward* payload = (march_depth_55fb3cb6_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    march_depth_55fb3cb6_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void march_depth_55fb3cb6_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_march_depth_55fb3cb6 *_wp_args,
    wp_args_march_depth_55fb3cb6 *_wp_adj_args)
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
        march_depth_55fb3cb6_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &march_depth_55fb3cb6_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

