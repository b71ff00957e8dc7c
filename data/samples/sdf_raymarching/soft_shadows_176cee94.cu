// Warp 1.19.0 cuda code for soft_shadows_176cee94.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// soft_shadows.py:4
static CUDA_CALLABLE wp::float32 occluder_sdf_0(
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::float32 var_1 = 0.5;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.5;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // forward
    // def occluder_sdf(p: wp.vec3):                                                          <L 5>
    // return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)                 <L 7>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::sub(var_p, var_3);
    var_5 = wp::length(var_4);
    var_7 = wp::sub(var_5, var_6);
    var_9 = wp::extract(var_p, var_8);
    var_11 = wp::add(var_9, var_10);
    var_12 = wp::min(var_7, var_11);
    return var_12;
}


// soft_shadows.py:4
static CUDA_CALLABLE void adj_occluder_sdf_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::float32 var_1 = 0.5;
    const wp::float32 var_2 = 0.0;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.5;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def occluder_sdf(p: wp.vec3):                                                          <L 5>
    // return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)                 <L 7>
    var_3 = wp::vec_t<3, wp::float32>(var_0, var_1, var_2);
    var_4 = wp::sub(var_p, var_3);
    var_5 = wp::length(var_4);
    var_7 = wp::sub(var_5, var_6);
    var_9 = wp::extract(var_p, var_8);
    var_11 = wp::add(var_9, var_10);
    var_12 = wp::min(var_7, var_11);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_12 += adj_ret;
    wp::adj_min(var_7, var_11, adj_7, adj_11, adj_12);
    wp::adj_add(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_extract(var_p, var_8, adj_p, adj_8, adj_9);
    wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_length(var_4, var_5, adj_4, adj_5);
    wp::adj_sub(var_p, var_3, adj_p, adj_3, adj_4);
    wp::adj_vec_t(var_0, var_1, var_2, adj_0, adj_1, adj_2, adj_3);
    // adj: return wp.min(wp.length(p - wp.vec3(0.0, 0.5, 0.0)) - 0.5, p[1] + 1.0)            <L 7>
    // adj: def occluder_sdf(p: wp.vec3):                                                     <L 5>
    return;
}



extern "C" __global__ void soft_shadows_24c59f40_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_position,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::vec_t<3, wp::float32> var_light_dir,
    wp::float32 var_softness,
    wp::array_t<wp::float32> var_shadow)
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
        wp::int32* var_2;
        const wp::int32 var_3 = 1;
        bool var_4;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const wp::float32 var_12 = 0.01;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::float32 var_15 = 0.01;
        wp::float32 var_16;
        const wp::float32 var_17 = 1.0;
        wp::float32 var_18;
        const wp::int32 var_19 = 48;
        wp::range_t var_20;
        wp::int32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        bool var_28;
        const wp::float32 var_29 = 0.001;
        bool var_30;
        const wp::float32 var_31 = 8.0;
        bool var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 0.001;
        const wp::float32 var_35 = 0.5;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 0.0;
        const wp::float32 var_39 = 1.0;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::float32 var_42 = 3.0;
        const wp::float32 var_43 = 2.0;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        //---------
        // forward
        // def soft_shadows(                                                                      <L 11>
        // i, j = wp.tid()                                                                        <L 19>
        builtin_tid2d(var_0, var_1);
        // if active[i, j] != 1:                                                                  <L 20>
        var_2 = wp::address(var_active, var_0, var_1);
        var_5 = wp::load(var_2);
        var_4 = (var_5 != var_3);
        if (var_4) {
            // return                                                                             <L 21>
            continue;
        }
        // p_hit = gbuffer_position[i, j]                                                         <L 22>
        var_6 = wp::address(var_gbuffer_position, var_0, var_1);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // n = normals[i, j]                                                                      <L 23>
        var_9 = wp::address(var_normals, var_0, var_1);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // origin = p_hit + n * 1.0e-2                                                            <L 24>
        var_13 = wp::mul(var_10, var_12);
        var_14 = wp::add(var_7, var_13);
        // t = float(1.0e-2)                                                                      <L 25>
        var_16 = wp::float(var_15);
        // s = float(1.0)                                                                         <L 26>
        var_18 = wp::float(var_17);
        // for _step in range(48):                                                                <L 27>
        var_20 = wp::range(var_19);
        start_for_1:;
            if (iter_cmp(var_20) == 0) goto end_for_1;
            var_21 = wp::iter_next(var_20);
            // d = occluder_sdf(origin + light_dir * t)                                           <L 28>
            var_22 = wp::mul(var_light_dir, var_16);
            var_23 = wp::add(var_14, var_22);
            var_24 = occluder_sdf_0(var_23);
            // s = wp.min(s, softness * d / t)                                                    <L 29>
            var_25 = wp::mul(var_softness, var_24);
            var_26 = wp::div(var_25, var_16);
            var_27 = wp::min(var_18, var_26);
            // if s < 1.0e-3 or t > 8.0:                                                          <L 30>
            var_30 = (var_27 < var_29);
            var_28 = var_30;
            if (!var_28) {
                var_32 = (var_16 > var_31);
                var_28 = var_28 || var_32;
            }
            if (var_28) {
                // break                                                                          <L 31>
                wp::assign(var_18, var_27);
                goto end_for_1;
            }
            var_33 = wp::where(var_28, var_18, var_27);
            // t += wp.clamp(d, 1.0e-3, 0.5)                                                      <L 32>
            var_36 = wp::clamp(var_24, var_34, var_35);
            var_37 = wp::add(var_16, var_36);
            wp::assign(var_16, var_37);
            wp::assign(var_18, var_33);
            goto start_for_1;
        end_for_1:;
        // s = wp.clamp(s, 0.0, 1.0)                                                              <L 33>
        var_40 = wp::clamp(var_18, var_38, var_39);
        // shadow[i, j] = s * s * (3.0 - 2.0 * s)                                                 <L 34>
        var_41 = wp::mul(var_40, var_40);
        var_44 = wp::mul(var_43, var_40);
        var_45 = wp::sub(var_42, var_44);
        var_46 = wp::mul(var_41, var_45);
        wp::array_store(var_shadow, var_0, var_1, var_46);
    }
}



extern "C" __global__ void soft_shadows_24c59f40_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_gbuffer_position,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::vec_t<3, wp::float32> var_light_dir,
    wp::float32 var_softness,
    wp::array_t<wp::float32> var_shadow,
    wp::array_t<wp::int32> adj_active,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_gbuffer_position,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::vec_t<3, wp::float32> adj_light_dir,
    wp::float32 adj_softness,
    wp::array_t<wp::float32> adj_shadow)
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
        wp::int32* var_2;
        const wp::int32 var_3 = 1;
        bool var_4;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const wp::float32 var_12 = 0.01;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::float32 var_15 = 0.01;
        wp::float32 var_16;
        const wp::float32 var_17 = 1.0;
        wp::float32 var_18;
        const wp::int32 var_19 = 48;
        wp::range_t var_20;
        wp::int32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        bool var_28;
        const wp::float32 var_29 = 0.001;
        bool var_30;
        const wp::float32 var_31 = 8.0;
        bool var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = 0.001;
        const wp::float32 var_35 = 0.5;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 0.0;
        const wp::float32 var_39 = 1.0;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::float32 var_42 = 3.0;
        const wp::float32 var_43 = 2.0;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::range_t adj_20 = {};
        wp::int32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        bool adj_28 = {};
        wp::float32 adj_29 = {};
        bool adj_30 = {};
        wp::float32 adj_31 = {};
        bool adj_32 = {};
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
        //---------
        // forward
        // def soft_shadows(                                                                      <L 11>
        // i, j = wp.tid()                                                                        <L 19>
        builtin_tid2d(var_0, var_1);
        // if active[i, j] != 1:                                                                  <L 20>
        var_2 = wp::address(var_active, var_0, var_1);
        var_5 = wp::load(var_2);
        var_4 = (var_5 != var_3);
        if (var_4) {
            // return                                                                             <L 21>
            goto label0;
        }
        // p_hit = gbuffer_position[i, j]                                                         <L 22>
        var_6 = wp::address(var_gbuffer_position, var_0, var_1);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // n = normals[i, j]                                                                      <L 23>
        var_9 = wp::address(var_normals, var_0, var_1);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // origin = p_hit + n * 1.0e-2                                                            <L 24>
        var_13 = wp::mul(var_10, var_12);
        var_14 = wp::add(var_7, var_13);
        // t = float(1.0e-2)                                                                      <L 25>
        var_16 = wp::float(var_15);
        // s = float(1.0)                                                                         <L 26>
        var_18 = wp::float(var_17);
        // for _step in range(48):                                                                <L 27>
        var_20 = wp::range(var_19);
        // s = wp.clamp(s, 0.0, 1.0)                                                              <L 33>
        var_40 = wp::clamp(var_18, var_38, var_39);
        // shadow[i, j] = s * s * (3.0 - 2.0 * s)                                                 <L 34>
        var_41 = wp::mul(var_40, var_40);
        var_44 = wp::mul(var_43, var_40);
        var_45 = wp::sub(var_42, var_44);
        var_46 = wp::mul(var_41, var_45);
        // wp::array_store(var_shadow, var_0, var_1, var_46);
        //---------
        // reverse
        wp::adj_array_store(var_shadow, var_0, var_1, var_46, adj_shadow, adj_0, adj_1, adj_46);
        wp::adj_mul(var_41, var_45, adj_41, adj_45, adj_46);
        wp::adj_sub(var_42, var_44, adj_42, adj_44, adj_45);
        wp::adj_mul(var_43, var_40, adj_43, adj_40, adj_44);
        wp::adj_mul(var_40, var_40, adj_40, adj_40, adj_41);
        // adj: shadow[i, j] = s * s * (3.0 - 2.0 * s)                                            <L 34>
        wp::adj_clamp(var_18, var_38, var_39, adj_18, adj_38, adj_39, adj_40);
        // adj: s = wp.clamp(s, 0.0, 1.0)                                                         <L 33>
        var_20 = wp::iter_reverse(var_20);
        start_for_1:;
            if (iter_cmp(var_20) == 0) goto end_for_1;
            var_21 = wp::iter_next(var_20);
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
        	adj_36 = {};
        	adj_37 = {};
            // d = occluder_sdf(origin + light_dir * t)                                           <L 28>
            var_22 = wp::mul(var_light_dir, var_16);
            var_23 = wp::add(var_14, var_22);
            var_24 = occluder_sdf_0(var_23);
            // s = wp.min(s, softness * d / t)                                                    <L 29>
            var_25 = wp::mul(var_softness, var_24);
            var_26 = wp::div(var_25, var_16);
            var_27 = wp::min(var_18, var_26);
            // if s < 1.0e-3 or t > 8.0:                                                          <L 30>
            var_30 = (var_27 < var_29);
            var_28 = var_30;
            if (!var_28) {
                var_32 = (var_16 > var_31);
                var_28 = var_28 || var_32;
            }
            if (var_28) {
                // break                                                                          <L 31>
                wp::assign(var_18, var_27);
                goto end_for_1;
            }
            var_33 = wp::where(var_28, var_18, var_27);
            // t += wp.clamp(d, 1.0e-3, 0.5)                                                      <L 32>
            var_36 = wp::clamp(var_24, var_34, var_35);
            var_37 = wp::add(var_16, var_36);
            wp::assign(var_16, var_37);
            wp::assign(var_18, var_33);
            wp::adj_assign(var_18, var_33, adj_18, adj_33);
            wp::adj_assign(var_16, var_37, adj_16, adj_37);
            wp::adj_add(var_16, var_36, adj_16, adj_36, adj_37);
            wp::adj_clamp(var_24, var_34, var_35, adj_24, adj_34, adj_35, adj_36);
            // adj: t += wp.clamp(d, 1.0e-3, 0.5)                                                 <L 32>
            wp::adj_where(var_28, var_18, var_27, adj_28, adj_18, adj_27, adj_33);
            if (var_28) {
                wp::adj_assign(var_18, var_27, adj_18, adj_27);
                // adj: break                                                                     <L 31>
            }
            if (!var_28) {
            }
            // adj: if s < 1.0e-3 or t > 8.0:                                                     <L 30>
            wp::adj_min(var_18, var_26, adj_18, adj_26, adj_27);
            wp::adj_div(var_25, var_16, var_26, adj_25, adj_16, adj_26);
            wp::adj_mul(var_softness, var_24, adj_softness, adj_24, adj_25);
            // adj: s = wp.min(s, softness * d / t)                                               <L 29>
            adj_occluder_sdf_0(var_23, adj_23, adj_24);
            wp::adj_add(var_14, var_22, adj_14, adj_22, adj_23);
            wp::adj_mul(var_light_dir, var_16, adj_light_dir, adj_16, adj_22);
            // adj: d = occluder_sdf(origin + light_dir * t)                                      <L 28>
        	goto start_for_1;
        end_for_1:;
        // adj: for _step in range(48):                                                           <L 27>
        wp::adj_float(var_17, adj_17, adj_18);
        // adj: s = float(1.0)                                                                    <L 26>
        wp::adj_float(var_15, adj_15, adj_16);
        // adj: t = float(1.0e-2)                                                                 <L 25>
        wp::adj_add(var_7, var_13, adj_7, adj_13, adj_14);
        wp::adj_mul(var_10, var_12, adj_10, adj_12, adj_13);
        // adj: origin = p_hit + n * 1.0e-2                                                       <L 24>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_normals, var_0, var_1, adj_normals, adj_0, adj_1, adj_9);
        // adj: n = normals[i, j]                                                                 <L 23>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_gbuffer_position, var_0, var_1, adj_gbuffer_position, adj_0, adj_1, adj_6);
        // adj: p_hit = gbuffer_position[i, j]                                                    <L 22>
        if (var_4) {
            label0:;
            // adj: return                                                                        <L 21>
        }
        wp::adj_address(var_active, var_0, var_1, adj_active, adj_0, adj_1, adj_2);
        // adj: if active[i, j] != 1:                                                             <L 20>
        // adj: i, j = wp.tid()                                                                   <L 19>
        // adj: def soft_shadows(                                                                 <L 11>
        continue;
    }
}

