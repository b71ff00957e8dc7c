// Warp 1.19.0 cpu code for advect_through_volume_803254be.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_advect_through_volume_6ed94376 {
    wp::uint64 volume;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void advect_through_volume_6ed94376_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_advect_through_volume_6ed94376 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_volume = _wp_args->volume;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.75;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.001;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::float32 var_19 = 0.0;
    wp::float32 var_20;
    wp::int32 var_21;
    const wp::int32 var_22 = 8;
    wp::int32 var_23;
    wp::range_t var_24;
    wp::int32 var_25;
    const wp::float32 var_26 = 0.01;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.9;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    bool var_36;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    //---------
    // forward
    // def advect_through_volume(volume: wp.uint64, points: wp.array(dtype=wp.vec3), velocities: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // p = points[tid]                                                                        <L 7>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = velocities[tid]                                                                    <L 8>
    var_4 = wp::address(var_velocities, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // uvw = wp.volume_world_to_index(volume, p * 0.75)                                       <L 9>
    var_8 = wp::mul(var_2, var_7);
    var_9 = wp::volume_world_to_index(var_volume, var_8);
    // field_val = wp.volume_sample_f(volume, uvw, wp.Volume.LINEAR)                          <L 10>
    var_12 = wp::volume_sample_f(var_volume, var_9, var_11);
    // n_hat = wp.normalize(wp.cw_div(v, wp.max(p, wp.vec3(1.0e-3))) - p)                     <L 11>
    var_14 = wp::vec_t<3, wp::float32>(var_13);
    var_15 = wp::max(var_2, var_14);
    var_16 = wp::cw_div(var_5, var_15);
    var_17 = wp::sub(var_16, var_2);
    var_18 = wp::normalize(var_17);
    // budget = float(0.0)                                                                    <L 12>
    var_20 = wp::float(var_19);
    // for step in range(wp.min(wp.abs(tid), 8)):                                             <L 13>
    var_21 = wp::abs(var_0);
    var_23 = wp::min(var_21, var_22);
    var_24 = wp::range(var_23);
    start_for_0:;
        if (iter_cmp(var_24) == 0) goto end_for_0;
        var_25 = wp::iter_next(var_24);
        // triple = wp.vec3(field_val, float(0.01), float(0.9))                               <L 14>
        var_27 = wp::float(var_26);
        var_29 = wp::float(var_28);
        var_30 = wp::vec_t<3, wp::float32>(var_12, var_27, var_29);
        // budget += wp.abs(float(step) + wp.length(triple))                                  <L 15>
        var_31 = wp::float(var_25);
        var_32 = wp::length(var_30);
        var_33 = wp::add(var_31, var_32);
        var_34 = wp::abs(var_33);
        var_35 = wp::add(var_20, var_34);
        // if budget > field_val:                                                             <L 16>
        var_36 = (var_35 > var_12);
        if (var_36) {
            // break                                                                          <L 17>
            wp::assign(var_20, var_35);
            goto end_for_0;
        }
        var_37 = wp::where(var_36, var_20, var_35);
        wp::assign(var_20, var_37);
        goto start_for_0;
    end_for_0:;
    // out[tid] = p + (n_hat + wp.vec3(budget))                                               <L 18>
    var_38 = wp::vec_t<3, wp::float32>(var_20);
    var_39 = wp::add(var_18, var_38);
    var_40 = wp::add(var_2, var_39);
    wp::array_store(var_out, var_0, var_40);
}



template <bool wp_linear_contiguous>
static void advect_through_volume_6ed94376_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_advect_through_volume_6ed94376 *_wp_args,
    wp_args_advect_through_volume_6ed94376 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_volume = _wp_args->volume;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::uint64 adj_volume = _wp_adj_args->volume;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.75;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.001;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::float32 var_19 = 0.0;
    wp::float32 var_20;
    wp::int32 var_21;
    const wp::int32 var_22 = 8;
    wp::int32 var_23;
    wp::range_t var_24;
    wp::int32 var_25;
    const wp::float32 var_26 = 0.01;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.9;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    bool var_36;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::range_t adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    bool adj_36 = {};
    wp::float32 adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    //---------
    // forward
    // def advect_through_volume(volume: wp.uint64, points: wp.array(dtype=wp.vec3), velocities: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // p = points[tid]                                                                        <L 7>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = velocities[tid]                                                                    <L 8>
    var_4 = wp::address(var_velocities, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // uvw = wp.volume_world_to_index(volume, p * 0.75)                                       <L 9>
    var_8 = wp::mul(var_2, var_7);
    var_9 = wp::volume_world_to_index(var_volume, var_8);
    // field_val = wp.volume_sample_f(volume, uvw, wp.Volume.LINEAR)                          <L 10>
    var_12 = wp::volume_sample_f(var_volume, var_9, var_11);
    // n_hat = wp.normalize(wp.cw_div(v, wp.max(p, wp.vec3(1.0e-3))) - p)                     <L 11>
    var_14 = wp::vec_t<3, wp::float32>(var_13);
    var_15 = wp::max(var_2, var_14);
    var_16 = wp::cw_div(var_5, var_15);
    var_17 = wp::sub(var_16, var_2);
    var_18 = wp::normalize(var_17);
    // budget = float(0.0)                                                                    <L 12>
    var_20 = wp::float(var_19);
    // for step in range(wp.min(wp.abs(tid), 8)):                                             <L 13>
    var_21 = wp::abs(var_0);
    var_23 = wp::min(var_21, var_22);
    var_24 = wp::range(var_23);
    // out[tid] = p + (n_hat + wp.vec3(budget))                                               <L 18>
    var_38 = wp::vec_t<3, wp::float32>(var_20);
    var_39 = wp::add(var_18, var_38);
    var_40 = wp::add(var_2, var_39);
    // wp::array_store(var_out, var_0, var_40);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_40, adj_out, adj_0, adj_40);
    wp::adj_add(var_2, var_39, adj_2, adj_39, adj_40);
    wp::adj_add(var_18, var_38, adj_18, adj_38, adj_39);
    wp::adj_vec_t(var_20, adj_20, adj_38);
    // adj: out[tid] = p + (n_hat + wp.vec3(budget))                                          <L 18>
    var_24 = wp::iter_reverse(var_24);
    start_for_0:;
        if (iter_cmp(var_24) == 0) goto end_for_0;
        var_25 = wp::iter_next(var_24);
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
        // triple = wp.vec3(field_val, float(0.01), float(0.9))                               <L 14>
        var_27 = wp::float(var_26);
        var_29 = wp::float(var_28);
        var_30 = wp::vec_t<3, wp::float32>(var_12, var_27, var_29);
        // budget += wp.abs(float(step) + wp.length(triple))                                  <L 15>
        var_31 = wp::float(var_25);
        var_32 = wp::length(var_30);
        var_33 = wp::add(var_31, var_32);
        var_34 = wp::abs(var_33);
        var_35 = wp::add(var_20, var_34);
        // if budget > field_val:                                                             <L 16>
        var_36 = (var_35 > var_12);
        if (var_36) {
            // break                                                                          <L 17>
            wp::assign(var_20, var_35);
            goto end_for_0;
        }
        var_37 = wp::where(var_36, var_20, var_35);
        wp::assign(var_20, var_37);
        wp::adj_assign(var_20, var_37, adj_20, adj_37);
        wp::adj_where(var_36, var_20, var_35, adj_36, adj_20, adj_35, adj_37);
        if (var_36) {
            wp::adj_assign(var_20, var_35, adj_20, adj_35);
            // adj: break                                                                     <L 17>
        }
        // adj: if budget > field_val:                                                        <L 16>
        wp::adj_add(var_20, var_34, adj_20, adj_34, adj_35);
        wp::adj_abs(var_33, adj_33, adj_34);
        wp::adj_add(var_31, var_32, adj_31, adj_32, adj_33);
        wp::adj_length(var_30, var_32, adj_30, adj_32);
        wp::adj_float(var_25, adj_25, adj_31);
        // adj: budget += wp.abs(float(step) + wp.length(triple))                             <L 15>
        wp::adj_vec_t(var_12, var_27, var_29, adj_12, adj_27, adj_29, adj_30);
        wp::adj_float(var_28, adj_28, adj_29);
        wp::adj_float(var_26, adj_26, adj_27);
        // adj: triple = wp.vec3(field_val, float(0.01), float(0.9))                          <L 14>
    	goto start_for_0;
    end_for_0:;
    wp::adj_min(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_abs(var_0, adj_0, adj_21);
    // adj: for step in range(wp.min(wp.abs(tid), 8)):                                        <L 13>
    wp::adj_float(var_19, adj_19, adj_20);
    // adj: budget = float(0.0)                                                               <L 12>
    wp::adj_normalize(var_17, var_18, adj_17, adj_18);
    wp::adj_sub(var_16, var_2, adj_16, adj_2, adj_17);
    wp::adj_cw_div(var_5, var_15, var_16, adj_5, adj_15, adj_16);
    wp::adj_max(var_2, var_14, adj_2, adj_14, adj_15);
    wp::adj_vec_t(var_13, adj_13, adj_14);
    // adj: n_hat = wp.normalize(wp.cw_div(v, wp.max(p, wp.vec3(1.0e-3))) - p)                <L 11>
    wp::adj_volume_sample_f(var_volume, var_9, var_11, adj_volume, adj_9, adj_11, adj_12);
    // adj: field_val = wp.volume_sample_f(volume, uvw, wp.Volume.LINEAR)                     <L 10>
    wp::adj_volume_world_to_index(var_volume, var_8, adj_volume, adj_8, adj_9);
    wp::adj_mul(var_2, var_7, adj_2, adj_7, adj_8);
    // adj: uvw = wp.volume_world_to_index(volume, p * 0.75)                                  <L 9>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_4);
    // adj: v = velocities[tid]                                                               <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: p = points[tid]                                                                   <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def advect_through_volume(volume: wp.uint64, points: wp.array(dtype=wp.vec3), velocities: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3)):  <L 5>
    return;
}



struct advect_through_volume_6ed94376_cpu_block_payload_forward
{
    wp_args_advect_through_volume_6ed94376* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void advect_through_volume_6ed94376_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    advect_through_volume_6ed94376_cpu_block_payload_forward* payload = (advect_through_volume_6ed94376_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    advect_through_volume_6ed94376_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void advect_through_volume_6ed94376_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_advect_through_volume_6ed94376 *_wp_args)
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
        advect_through_volume_6ed94376_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &advect_through_volume_6ed94376_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct advect_through_volume_6ed94376_cpu_block_payload_backward
{
    wp_args_advect_through_volume_6ed94376* args;
    wp_args_advect_through_volume_6ed94376* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void advect_through_volume_6ed94376_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    advect_through_volume_6ed94376_cpu_block_payload_backward* payload = (advect_through_volume_6ed94376_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    advect_through_volume_6ed94376_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void advect_through_volume_6ed94376_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_advect_through_volume_6ed94376 *_wp_args,
    wp_args_advect_through_volume_6ed94376 *_wp_adj_args)
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
        advect_through_volume_6ed94376_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &advect_through_volume_6ed94376_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

