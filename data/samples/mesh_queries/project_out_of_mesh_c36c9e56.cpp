// Warp 1.19.0 cpu code for project_out_of_mesh_c36c9e56.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_project_out_of_mesh_a68d5233 {
    wp::uint64 mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::float32 time_step;
    wp::float32 max_dist;
    wp::float32 contact_margin;
    wp::array_t<wp::vec_t<3, wp::float32>> new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> v_out;
};


template <bool wp_linear_contiguous>
static void project_out_of_mesh_a68d5233_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_project_out_of_mesh_a68d5233 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_project_out_of_mesh_a68d5233 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.new_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::float32 var_contact_margin = _wp_args->contact_margin;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::float32 var_8 = 2.0;
    const wp::float32 var_9 = 0.5;
    wp::mesh_query_point_t var_10;
    bool* var_11;
    bool var_12;
    wp::int32* var_13;
    wp::float32* var_14;
    wp::float32* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::int32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    bool var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32* var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    bool var_35;
    wp::vec_t<3, wp::float32> var_36;
    bool var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    //---------
    // forward
    // def project_out_of_mesh(                                                               <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // vel = velocities[tid]                                                                  <L 16>
    var_1 = wp::address(var_velocities, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // x_pred = positions[tid] + vel * time_step                                              <L 17>
    var_4 = wp::address(var_positions, var_0);
    var_5 = wp::mul(var_2, var_time_step);
    var_7 = wp::load(var_4);
    var_6 = wp::add(var_7, var_5);
    // query = wp.mesh_query_point_sign_winding_number(mesh, x_pred, max_dist, 2.0, 0.5)       <L 18>
    var_10 = wp::mesh_query_point_sign_winding_number(var_mesh, var_6, var_max_dist, var_8, var_9);
    // if query.result:                                                                       <L 19>
    var_11 = &((var_10).result);
    var_12 = wp::load(var_11);
    if (var_12) {
        // p = wp.mesh_eval_position(mesh, query.face, query.u, query.v)                      <L 20>
        var_13 = &((var_10).face);
        var_14 = &((var_10).u);
        var_15 = &((var_10).v);
        var_17 = wp::load(var_13);
        var_18 = wp::load(var_14);
        var_19 = wp::load(var_15);
        var_16 = wp::mesh_eval_position(var_mesh, var_17, var_18, var_19);
        // delta = x_pred - p                                                                 <L 21>
        var_20 = wp::sub(var_6, var_16);
        // dist = wp.length(delta) * query.sign                                               <L 22>
        var_21 = wp::length(var_20);
        var_22 = &((var_10).sign);
        var_24 = wp::load(var_22);
        var_23 = wp::mul(var_21, var_24);
        // err = dist - contact_margin                                                        <L 23>
        var_25 = wp::sub(var_23, var_contact_margin);
        // if err < 0.0:                                                                      <L 25>
        var_27 = (var_25 < var_26);
        if (var_27) {
            // n = wp.normalize(delta) * query.sign                                           <L 26>
            var_28 = wp::normalize(var_20);
            var_29 = &((var_10).sign);
            var_31 = wp::load(var_29);
            var_30 = wp::mul(var_28, var_31);
            // x_pred = x_pred - n * err                                                      <L 27>
            var_32 = wp::mul(var_30, var_25);
            var_33 = wp::sub(var_6, var_32);
        }
        var_34 = wp::where(var_27, var_33, var_6);
    }
    var_35 = wp::load(var_11);
    var_37 = wp::load(var_11);
    var_36 = wp::where(var_37, var_34, var_6);
    // v_out[tid] = (x_pred - positions[tid]) / time_step                                     <L 28>
    var_38 = wp::address(var_positions, var_0);
    var_40 = wp::load(var_38);
    var_39 = wp::sub(var_36, var_40);
    var_41 = wp::div(var_39, var_time_step);
    wp::array_store(var_v_out, var_0, var_41);
    // new_positions[tid] = x_pred                                                            <L 29>
    wp::array_store(var_new_positions, var_0, var_36);
}



template <bool wp_linear_contiguous>
static void project_out_of_mesh_a68d5233_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_project_out_of_mesh_a68d5233 *_wp_args,
    wp_args_project_out_of_mesh_a68d5233 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_project_out_of_mesh_a68d5233 wp_contiguous_args;
    wp_args_project_out_of_mesh_a68d5233 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.new_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.new_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.v_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::float32 var_contact_margin = _wp_args->contact_margin;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::float32 adj_time_step = _wp_adj_args->time_step;
    wp::float32 adj_max_dist = _wp_adj_args->max_dist;
    wp::float32 adj_contact_margin = _wp_adj_args->contact_margin;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions = _wp_adj_args->new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_out = _wp_adj_args->v_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::float32 var_8 = 2.0;
    const wp::float32 var_9 = 0.5;
    wp::mesh_query_point_t var_10;
    bool* var_11;
    bool var_12;
    wp::int32* var_13;
    wp::float32* var_14;
    wp::float32* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::int32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    bool var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32* var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    bool var_35;
    wp::vec_t<3, wp::float32> var_36;
    bool var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::mesh_query_point_t adj_10 = {};
    bool adj_11 = {};
    bool adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    bool adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    bool adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    bool adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    //---------
    // forward
    // def project_out_of_mesh(                                                               <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // vel = velocities[tid]                                                                  <L 16>
    var_1 = wp::address(var_velocities, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // x_pred = positions[tid] + vel * time_step                                              <L 17>
    var_4 = wp::address(var_positions, var_0);
    var_5 = wp::mul(var_2, var_time_step);
    var_7 = wp::load(var_4);
    var_6 = wp::add(var_7, var_5);
    // query = wp.mesh_query_point_sign_winding_number(mesh, x_pred, max_dist, 2.0, 0.5)       <L 18>
    var_10 = wp::mesh_query_point_sign_winding_number(var_mesh, var_6, var_max_dist, var_8, var_9);
    // if query.result:                                                                       <L 19>
    var_11 = &((var_10).result);
    var_12 = wp::load(var_11);
    if (var_12) {
        // p = wp.mesh_eval_position(mesh, query.face, query.u, query.v)                      <L 20>
        var_13 = &((var_10).face);
        var_14 = &((var_10).u);
        var_15 = &((var_10).v);
        var_17 = wp::load(var_13);
        var_18 = wp::load(var_14);
        var_19 = wp::load(var_15);
        var_16 = wp::mesh_eval_position(var_mesh, var_17, var_18, var_19);
        // delta = x_pred - p                                                                 <L 21>
        var_20 = wp::sub(var_6, var_16);
        // dist = wp.length(delta) * query.sign                                               <L 22>
        var_21 = wp::length(var_20);
        var_22 = &((var_10).sign);
        var_24 = wp::load(var_22);
        var_23 = wp::mul(var_21, var_24);
        // err = dist - contact_margin                                                        <L 23>
        var_25 = wp::sub(var_23, var_contact_margin);
        // if err < 0.0:                                                                      <L 25>
        var_27 = (var_25 < var_26);
        if (var_27) {
            // n = wp.normalize(delta) * query.sign                                           <L 26>
            var_28 = wp::normalize(var_20);
            var_29 = &((var_10).sign);
            var_31 = wp::load(var_29);
            var_30 = wp::mul(var_28, var_31);
            // x_pred = x_pred - n * err                                                      <L 27>
            var_32 = wp::mul(var_30, var_25);
            var_33 = wp::sub(var_6, var_32);
        }
        var_34 = wp::where(var_27, var_33, var_6);
    }
    var_35 = wp::load(var_11);
    var_37 = wp::load(var_11);
    var_36 = wp::where(var_37, var_34, var_6);
    // v_out[tid] = (x_pred - positions[tid]) / time_step                                     <L 28>
    var_38 = wp::address(var_positions, var_0);
    var_40 = wp::load(var_38);
    var_39 = wp::sub(var_36, var_40);
    var_41 = wp::div(var_39, var_time_step);
    // wp::array_store(var_v_out, var_0, var_41);
    // new_positions[tid] = x_pred                                                            <L 29>
    // wp::array_store(var_new_positions, var_0, var_36);
    //---------
    // reverse
    wp::adj_array_store(var_new_positions, var_0, var_36, adj_new_positions, adj_0, adj_36);
    // adj: new_positions[tid] = x_pred                                                       <L 29>
    wp::adj_array_store(var_v_out, var_0, var_41, adj_v_out, adj_0, adj_41);
    wp::adj_div(var_39, var_time_step, adj_39, adj_time_step, adj_41);
    wp::adj_sub(var_36, var_40, adj_36, adj_38, adj_39);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_38);
    // adj: v_out[tid] = (x_pred - positions[tid]) / time_step                                <L 28>
    wp::adj_where(var_37, var_34, var_6, adj_11, adj_34, adj_6, adj_36);
    if (var_35) {
        wp::adj_where(var_27, var_33, var_6, adj_27, adj_33, adj_6, adj_34);
        if (var_27) {
            wp::adj_sub(var_6, var_32, adj_6, adj_32, adj_33);
            wp::adj_mul(var_30, var_25, adj_30, adj_25, adj_32);
            // adj: x_pred = x_pred - n * err                                                 <L 27>
            wp::adj_mul(var_28, var_31, adj_28, adj_29, adj_30);
            adj_10.sign += adj_29;
            wp::adj_normalize(var_20, var_28, adj_20, adj_28);
            // adj: n = wp.normalize(delta) * query.sign                                      <L 26>
        }
        // adj: if err < 0.0:                                                                 <L 25>
        wp::adj_sub(var_23, var_contact_margin, adj_23, adj_contact_margin, adj_25);
        // adj: err = dist - contact_margin                                                   <L 23>
        wp::adj_mul(var_21, var_24, adj_21, adj_22, adj_23);
        adj_10.sign += adj_22;
        wp::adj_length(var_20, var_21, adj_20, adj_21);
        // adj: dist = wp.length(delta) * query.sign                                          <L 22>
        wp::adj_sub(var_6, var_16, adj_6, adj_16, adj_20);
        // adj: delta = x_pred - p                                                            <L 21>
        wp::adj_mesh_eval_position(var_mesh, var_17, var_18, var_19, adj_mesh, adj_13, adj_14, adj_15, adj_16);
        adj_10.v += adj_15;
        adj_10.u += adj_14;
        adj_10.face = adj_13;
        // adj: p = wp.mesh_eval_position(mesh, query.face, query.u, query.v)                 <L 20>
    }
    adj_10.result = adj_11;
    // adj: if query.result:                                                                  <L 19>
    wp::adj_mesh_query_point_sign_winding_number(var_mesh, var_6, var_max_dist, var_8, var_9, var_10, adj_mesh, adj_6, adj_max_dist, adj_8, adj_9, adj_10);
    // adj: query = wp.mesh_query_point_sign_winding_number(mesh, x_pred, max_dist, 2.0, 0.5)  <L 18>
    wp::adj_add(var_7, var_5, adj_4, adj_5, adj_6);
    wp::adj_mul(var_2, var_time_step, adj_2, adj_time_step, adj_5);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_4);
    // adj: x_pred = positions[tid] + vel * time_step                                         <L 17>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_1);
    // adj: vel = velocities[tid]                                                             <L 16>
    // adj: tid = wp.tid()                                                                    <L 15>
    // adj: def project_out_of_mesh(                                                          <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void project_out_of_mesh_a68d5233_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_project_out_of_mesh_a68d5233 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        project_out_of_mesh_a68d5233_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void project_out_of_mesh_a68d5233_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_project_out_of_mesh_a68d5233 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->new_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        project_out_of_mesh_a68d5233_cpu_forward_tasks<true>(dim, _wp_args);
    else
        project_out_of_mesh_a68d5233_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void project_out_of_mesh_a68d5233_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_project_out_of_mesh_a68d5233 *_wp_args)
{
    project_out_of_mesh_a68d5233_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void project_out_of_mesh_a68d5233_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_project_out_of_mesh_a68d5233 *_wp_args,
    wp_args_project_out_of_mesh_a68d5233 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        project_out_of_mesh_a68d5233_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void project_out_of_mesh_a68d5233_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_project_out_of_mesh_a68d5233 *_wp_args,
    wp_args_project_out_of_mesh_a68d5233 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->new_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->new_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->v_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        project_out_of_mesh_a68d5233_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        project_out_of_mesh_a68d5233_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void project_out_of_mesh_a68d5233_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_project_out_of_mesh_a68d5233 *_wp_args,
    wp_args_project_out_of_mesh_a68d5233 *_wp_adj_args)
{
    project_out_of_mesh_a68d5233_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

