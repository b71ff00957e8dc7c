// Warp 1.19.0 cuda code for march_depth_0020afd7.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// march_depth.py:4
static CUDA_CALLABLE wp::float32 sdf_shape_0(
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
static CUDA_CALLABLE void adj_sdf_shape_0(
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



extern "C" __global__ void march_depth_58c190ae_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::vec_t<3, wp::float32> var_camera_position,
    wp::vec_t<3, wp::float32> var_look_at,
    wp::float32 var_max_dist,
    wp::array_t<wp::float32> var_depth_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 1.0;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 2.0;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.5;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 1.0;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        const wp::float32 var_34 = 0.0;
        const wp::float32 var_35 = 1.0;
        const wp::float32 var_36 = 0.0;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        const wp::float32 var_44 = 0.5;
        const wp::float32 var_45 = 1.0;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        const wp::float32 var_51 = 0.0;
        wp::float32 var_52;
        const wp::int32 var_53 = 128;
        wp::range_t var_54;
        wp::int32 var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        const wp::float32 var_58 = 0.5;
        wp::float32 var_59;
        bool var_60;
        const wp::float32 var_61 = 0.0001;
        bool var_62;
        bool var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        //---------
        // forward
        // def march_depth(                                                                       <L 10>
        // i, j = wp.tid()                                                                        <L 16>
        builtin_tid2d(var_0, var_1);
        // width = depth_out.shape[0]                                                             <L 17>
        var_2 = &(var_depth_out.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = depth_out.shape[1]                                                            <L 18>
        var_6 = &(var_depth_out.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)       <L 19>
        var_11 = wp::float(var_0);
        var_13 = wp::add(var_11, var_12);
        var_14 = wp::mul(var_10, var_13);
        var_15 = wp::float(var_4);
        var_16 = wp::div(var_14, var_15);
        var_18 = wp::sub(var_16, var_17);
        var_19 = wp::float(var_4);
        var_20 = wp::mul(var_18, var_19);
        var_21 = wp::float(var_8);
        var_22 = wp::div(var_20, var_21);
        // sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                      <L 20>
        var_24 = wp::float(var_1);
        var_26 = wp::add(var_24, var_25);
        var_27 = wp::mul(var_23, var_26);
        var_28 = wp::float(var_8);
        var_29 = wp::div(var_27, var_28);
        var_31 = wp::sub(var_29, var_30);
        // forward = wp.normalize(look_at - camera_position)                                      <L 21>
        var_32 = wp::sub(var_look_at, var_camera_position);
        var_33 = wp::normalize(var_32);
        // side = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))                         <L 22>
        var_37 = wp::vec_t<3, wp::float32>(var_34, var_35, var_36);
        var_38 = wp::cross(var_33, var_37);
        var_39 = wp::normalize(var_38);
        // cam_up = wp.cross(side, forward)                                                       <L 23>
        var_40 = wp::cross(var_39, var_33);
        // rd = wp.normalize(forward + (side * sx + cam_up * sy) * wp.tan(0.5 * 1.0))             <L 24>
        var_41 = wp::mul(var_39, var_22);
        var_42 = wp::mul(var_40, var_31);
        var_43 = wp::add(var_41, var_42);
        var_46 = wp::mul(var_44, var_45);
        var_47 = wp::tan(var_46);
        var_48 = wp::mul(var_43, var_47);
        var_49 = wp::add(var_33, var_48);
        var_50 = wp::normalize(var_49);
        // t = float(0.0)                                                                         <L 25>
        var_52 = wp::float(var_51);
        // for _step in range(128):                                                               <L 26>
        var_54 = wp::range(var_53);
        start_for_0:;
            if (iter_cmp(var_54) == 0) goto end_for_0;
            var_55 = wp::iter_next(var_54);
            // d = sdf_shape(camera_position + rd * t, 0.5)                                       <L 27>
            var_56 = wp::mul(var_50, var_52);
            var_57 = wp::add(var_camera_position, var_56);
            var_59 = sdf_shape_0(var_57, var_58);
            // if d < 1.0e-4 or t > max_dist:                                                     <L 28>
            var_62 = (var_59 < var_61);
            var_60 = var_62;
            if (!var_60) {
                var_63 = (var_52 > var_max_dist);
                var_60 = var_60 || var_63;
            }
            if (var_60) {
                // break                                                                          <L 29>
                goto end_for_0;
            }
            // t += d                                                                             <L 30>
            var_64 = wp::add(var_52, var_59);
            wp::assign(var_52, var_64);
            goto start_for_0;
        end_for_0:;
        // depth_out[i, j] = wp.min(t, max_dist)                                                  <L 31>
        var_65 = wp::min(var_52, var_max_dist);
        wp::array_store(var_depth_out, var_0, var_1, var_65);
    }
}



extern "C" __global__ void march_depth_58c190ae_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::vec_t<3, wp::float32> var_camera_position,
    wp::vec_t<3, wp::float32> var_look_at,
    wp::float32 var_max_dist,
    wp::array_t<wp::float32> var_depth_out,
    wp::vec_t<3, wp::float32> adj_camera_position,
    wp::vec_t<3, wp::float32> adj_look_at,
    wp::float32 adj_max_dist,
    wp::array_t<wp::float32> adj_depth_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 1.0;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 2.0;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.5;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 1.0;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        const wp::float32 var_34 = 0.0;
        const wp::float32 var_35 = 1.0;
        const wp::float32 var_36 = 0.0;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        const wp::float32 var_44 = 0.5;
        const wp::float32 var_45 = 1.0;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        const wp::float32 var_51 = 0.0;
        wp::float32 var_52;
        const wp::int32 var_53 = 128;
        wp::range_t var_54;
        wp::int32 var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        const wp::float32 var_58 = 0.5;
        wp::float32 var_59;
        bool var_60;
        const wp::float32 var_61 = 0.0001;
        bool var_62;
        bool var_63;
        wp::float32 var_64;
        wp::float32 var_65;
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
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::range_t adj_54 = {};
        wp::int32 adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        bool adj_60 = {};
        wp::float32 adj_61 = {};
        bool adj_62 = {};
        bool adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        //---------
        // forward
        // def march_depth(                                                                       <L 10>
        // i, j = wp.tid()                                                                        <L 16>
        builtin_tid2d(var_0, var_1);
        // width = depth_out.shape[0]                                                             <L 17>
        var_2 = &(var_depth_out.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = depth_out.shape[1]                                                            <L 18>
        var_6 = &(var_depth_out.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)       <L 19>
        var_11 = wp::float(var_0);
        var_13 = wp::add(var_11, var_12);
        var_14 = wp::mul(var_10, var_13);
        var_15 = wp::float(var_4);
        var_16 = wp::div(var_14, var_15);
        var_18 = wp::sub(var_16, var_17);
        var_19 = wp::float(var_4);
        var_20 = wp::mul(var_18, var_19);
        var_21 = wp::float(var_8);
        var_22 = wp::div(var_20, var_21);
        // sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                      <L 20>
        var_24 = wp::float(var_1);
        var_26 = wp::add(var_24, var_25);
        var_27 = wp::mul(var_23, var_26);
        var_28 = wp::float(var_8);
        var_29 = wp::div(var_27, var_28);
        var_31 = wp::sub(var_29, var_30);
        // forward = wp.normalize(look_at - camera_position)                                      <L 21>
        var_32 = wp::sub(var_look_at, var_camera_position);
        var_33 = wp::normalize(var_32);
        // side = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))                         <L 22>
        var_37 = wp::vec_t<3, wp::float32>(var_34, var_35, var_36);
        var_38 = wp::cross(var_33, var_37);
        var_39 = wp::normalize(var_38);
        // cam_up = wp.cross(side, forward)                                                       <L 23>
        var_40 = wp::cross(var_39, var_33);
        // rd = wp.normalize(forward + (side * sx + cam_up * sy) * wp.tan(0.5 * 1.0))             <L 24>
        var_41 = wp::mul(var_39, var_22);
        var_42 = wp::mul(var_40, var_31);
        var_43 = wp::add(var_41, var_42);
        var_46 = wp::mul(var_44, var_45);
        var_47 = wp::tan(var_46);
        var_48 = wp::mul(var_43, var_47);
        var_49 = wp::add(var_33, var_48);
        var_50 = wp::normalize(var_49);
        // t = float(0.0)                                                                         <L 25>
        var_52 = wp::float(var_51);
        // for _step in range(128):                                                               <L 26>
        var_54 = wp::range(var_53);
        // depth_out[i, j] = wp.min(t, max_dist)                                                  <L 31>
        var_65 = wp::min(var_52, var_max_dist);
        // wp::array_store(var_depth_out, var_0, var_1, var_65);
        //---------
        // reverse
        wp::adj_array_store(var_depth_out, var_0, var_1, var_65, adj_depth_out, adj_0, adj_1, adj_65);
        wp::adj_min(var_52, var_max_dist, adj_52, adj_max_dist, adj_65);
        // adj: depth_out[i, j] = wp.min(t, max_dist)                                             <L 31>
        var_54 = wp::iter_reverse(var_54);
        start_for_0:;
            if (iter_cmp(var_54) == 0) goto end_for_0;
            var_55 = wp::iter_next(var_54);
        	adj_56 = {};
        	adj_57 = {};
        	adj_58 = {};
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
        	adj_63 = {};
        	adj_64 = {};
            // d = sdf_shape(camera_position + rd * t, 0.5)                                       <L 27>
            var_56 = wp::mul(var_50, var_52);
            var_57 = wp::add(var_camera_position, var_56);
            var_59 = sdf_shape_0(var_57, var_58);
            // if d < 1.0e-4 or t > max_dist:                                                     <L 28>
            var_62 = (var_59 < var_61);
            var_60 = var_62;
            if (!var_60) {
                var_63 = (var_52 > var_max_dist);
                var_60 = var_60 || var_63;
            }
            if (var_60) {
                // break                                                                          <L 29>
                goto end_for_0;
            }
            // t += d                                                                             <L 30>
            var_64 = wp::add(var_52, var_59);
            wp::assign(var_52, var_64);
            wp::adj_assign(var_52, var_64, adj_52, adj_64);
            wp::adj_add(var_52, var_59, adj_52, adj_59, adj_64);
            // adj: t += d                                                                        <L 30>
            if (var_60) {
                // adj: break                                                                     <L 29>
            }
            if (!var_60) {
            }
            // adj: if d < 1.0e-4 or t > max_dist:                                                <L 28>
            adj_sdf_shape_0(var_57, var_58, adj_57, adj_58, adj_59);
            wp::adj_add(var_camera_position, var_56, adj_camera_position, adj_56, adj_57);
            wp::adj_mul(var_50, var_52, adj_50, adj_52, adj_56);
            // adj: d = sdf_shape(camera_position + rd * t, 0.5)                                  <L 27>
        	goto start_for_0;
        end_for_0:;
        // adj: for _step in range(128):                                                          <L 26>
        wp::adj_float(var_51, adj_51, adj_52);
        // adj: t = float(0.0)                                                                    <L 25>
        wp::adj_normalize(var_49, var_50, adj_49, adj_50);
        wp::adj_add(var_33, var_48, adj_33, adj_48, adj_49);
        wp::adj_mul(var_43, var_47, adj_43, adj_47, adj_48);
        wp::adj_tan(var_46, adj_46, adj_47);
        wp::adj_mul(var_44, var_45, adj_44, adj_45, adj_46);
        wp::adj_add(var_41, var_42, adj_41, adj_42, adj_43);
        wp::adj_mul(var_40, var_31, adj_40, adj_31, adj_42);
        wp::adj_mul(var_39, var_22, adj_39, adj_22, adj_41);
        // adj: rd = wp.normalize(forward + (side * sx + cam_up * sy) * wp.tan(0.5 * 1.0))        <L 24>
        wp::adj_cross(var_39, var_33, adj_39, adj_33, adj_40);
        // adj: cam_up = wp.cross(side, forward)                                                  <L 23>
        wp::adj_normalize(var_38, var_39, adj_38, adj_39);
        wp::adj_cross(var_33, var_37, adj_33, adj_37, adj_38);
        wp::adj_vec_t(var_34, var_35, var_36, adj_34, adj_35, adj_36, adj_37);
        // adj: side = wp.normalize(wp.cross(forward, wp.vec3(0.0, 1.0, 0.0)))                    <L 22>
        wp::adj_normalize(var_32, var_33, adj_32, adj_33);
        wp::adj_sub(var_look_at, var_camera_position, adj_look_at, adj_camera_position, adj_32);
        // adj: forward = wp.normalize(look_at - camera_position)                                 <L 21>
        wp::adj_sub(var_29, var_30, adj_29, adj_30, adj_31);
        wp::adj_div(var_27, var_28, var_29, adj_27, adj_28, adj_29);
        wp::adj_float(var_8, adj_8, adj_28);
        wp::adj_mul(var_23, var_26, adj_23, adj_26, adj_27);
        wp::adj_add(var_24, var_25, adj_24, adj_25, adj_26);
        wp::adj_float(var_1, adj_1, adj_24);
        // adj: sy = 2.0 * (float(j) + 0.5) / float(height) - 1.0                                 <L 20>
        wp::adj_div(var_20, var_21, var_22, adj_20, adj_21, adj_22);
        wp::adj_float(var_8, adj_8, adj_21);
        wp::adj_mul(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_float(var_4, adj_4, adj_19);
        wp::adj_sub(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_div(var_14, var_15, var_16, adj_14, adj_15, adj_16);
        wp::adj_float(var_4, adj_4, adj_15);
        wp::adj_mul(var_10, var_13, adj_10, adj_13, adj_14);
        wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_float(var_0, adj_0, adj_11);
        // adj: sx = (2.0 * (float(i) + 0.5) / float(width) - 1.0) * float(width) / float(height)  <L 19>
        adj_depth_out.shape = adj_6;
        // adj: height = depth_out.shape[1]                                                       <L 18>
        adj_depth_out.shape = adj_2;
        // adj: width = depth_out.shape[0]                                                        <L 17>
        // adj: i, j = wp.tid()                                                                   <L 16>
        // adj: def march_depth(                                                                  <L 10>
        continue;
    }
}

